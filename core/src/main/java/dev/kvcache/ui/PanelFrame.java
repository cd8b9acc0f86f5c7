package dev.kvcache.ui;

import com.badlogic.gdx.scenes.scene2d.Actor;
import com.badlogic.gdx.scenes.scene2d.InputEvent;
import com.badlogic.gdx.scenes.scene2d.InputListener;
import com.badlogic.gdx.scenes.scene2d.Stage;
import com.badlogic.gdx.scenes.scene2d.ui.ScrollPane;
import com.badlogic.gdx.scenes.scene2d.ui.Table;

/**
 * Puts the control panel in a framed, vertically scrolling box, so it fits any window height: a
 * drag scrolls it (touch), and so does the mouse wheel while the pointer is over it. The scroll
 * position survives the stage being laid out again (an overlay opening, a resize). Copy link and
 * Help sit under the box, always in view.
 */
final class PanelFrame {
    private PanelFrame() {
    }

    static void add(Stage stage, UiSkin skin, ControlPanel panel, ControlPanel.Place place, float x, float y,
            float width, float height) {
        float scrolledTo = panel.pane == null ? 0f : panel.pane.getScrollY();
        Table content = new Table();
        content.top();
        content.pad(skin.pad(8));
        panel.build(content, Math.max(40f, width - 2 * skin.pad(8) - skin.pad(6)), place);
        final ScrollPane scroll = new ScrollPane(content, skin.scroll);
        scroll.setName("controls.scroll");
        scroll.setFadeScrollBars(false);
        scroll.setScrollingDisabled(true, false);
        // Scene2D sends the wheel only to the actor with scroll focus, which a pane otherwise gets
        // only once pressed: without this, the wheel over the panel did nothing.
        scroll.addListener(new InputListener() {
            @Override
            public void enter(InputEvent event, float px, float py, int pointer, Actor fromActor) {
                if (pointer == -1 && scroll.getStage() != null) {
                    scroll.getStage().setScrollFocus(scroll);
                }
            }

            @Override
            public void exit(InputEvent event, float px, float py, int pointer, Actor toActor) {
                Stage current = scroll.getStage();
                if (pointer == -1 && current != null && current.getScrollFocus() == scroll
                        && (toActor == null || !toActor.isDescendantOf(scroll))) {
                    current.setScrollFocus(null);
                }
            }
        });
        Table footer = new Table();
        panel.buildFooter(footer, Math.max(40f, width - 2 * skin.pad(8)));
        Table frame = new Table();
        frame.setBackground(skin.panel);
        frame.add(scroll).grow().top().row();
        frame.add(footer).fillX().pad(skin.pad(4), skin.pad(8), skin.pad(8), skin.pad(8));
        frame.setBounds(x, y, width, height);
        stage.addActor(frame);
        frame.validate();
        scroll.setScrollY(scrolledTo);
        scroll.updateVisualScroll();
        panel.pane = scroll;
    }
}
