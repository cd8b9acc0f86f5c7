package dev.kvcache.ui;

import com.badlogic.gdx.math.Rectangle;
import com.badlogic.gdx.scenes.scene2d.Stage;
import com.badlogic.gdx.scenes.scene2d.Touchable;
import com.badlogic.gdx.scenes.scene2d.ui.Table;
import dev.kvcache.input.ActionSink;
import dev.kvcache.render.ScreenLayout;

/** Places the notice bar across the top of the scene, letting taps through to the scene around it. */
public final class NoticeArea implements StageWidget {
    private final NoticeBar bar;
    private final ActionSink actions;
    private final String listKeys;

    /** {@code actions} receives the bar's "+N more" click; {@code listKeys} names the keys that do the same. */
    public NoticeArea(NoticeBar bar, ActionSink actions, String listKeys) {
        this.bar = bar;
        this.actions = actions;
        this.listKeys = listKeys;
    }

    @Override
    public void build(Stage stage, UiSkin skin, ScreenLayout screen) {
        Table root = new Table();
        Rectangle s = screen.scene();
        root.setBounds(s.x + s.width * 0.05f, s.y, s.width * 0.9f, s.height - skin.pad(4));
        root.top();
        // Only the "+N more" line takes clicks; the rest of the bar lets taps through to the scene.
        root.setTouchable(Touchable.childrenOnly);
        bar.build(root, skin, actions, listKeys);
        stage.addActor(root);
    }

    @Override
    public void update(float delta) {
        bar.update(delta);
    }
}
