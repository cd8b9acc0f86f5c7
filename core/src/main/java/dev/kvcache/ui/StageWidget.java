package dev.kvcache.ui;

import com.badlogic.gdx.scenes.scene2d.Stage;
import dev.kvcache.render.ScreenLayout;

/**
 * One widget of the controls stage: it adds its actors each time the stage is laid out again, and
 * follows the host's state once a frame. The stage stacks widgets in the order it is given them.
 */
public interface StageWidget {
    /** Adds this widget's actors to {@code stage}, just cleared, for the layout {@code screen}. */
    void build(Stage stage, UiSkin skin, ScreenLayout screen);

    /** Updates labels from the host's state and animates; called once a frame after the tick boundary. */
    void update(float delta);
}
