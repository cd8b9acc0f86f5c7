package dev.kvcache.ui;

import com.badlogic.gdx.scenes.scene2d.Stage;
import com.badlogic.gdx.scenes.scene2d.ui.ScrollPane;
import com.badlogic.gdx.scenes.scene2d.ui.Table;

/** Puts the control panel in a framed, vertically scrolling box, so it fits any window height. */
final class PanelFrame {
    private PanelFrame() {
    }

    static void add(Stage stage, UiSkin skin, ControlPanel panel, float x, float y, float width, float height) {
        Table content = new Table();
        content.top();
        content.pad(skin.pad(8));
        panel.build(content, Math.max(40f, width - 2 * skin.pad(8) - skin.pad(6)));
        ScrollPane scroll = new ScrollPane(content, skin.scroll);
        scroll.setFadeScrollBars(false);
        scroll.setScrollingDisabled(true, false);
        Table frame = new Table();
        frame.setBackground(skin.panel);
        frame.add(scroll).grow().top();
        frame.setBounds(x, y, width, height);
        stage.addActor(frame);
    }
}
