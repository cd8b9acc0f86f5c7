package dev.kvcache.ui;

import com.badlogic.gdx.math.Rectangle;
import com.badlogic.gdx.scenes.scene2d.Actor;
import com.badlogic.gdx.scenes.scene2d.InputEvent;
import com.badlogic.gdx.scenes.scene2d.Stage;
import com.badlogic.gdx.scenes.scene2d.utils.ClickListener;
import dev.kvcache.input.Action;
import dev.kvcache.input.ActionSink;
import dev.kvcache.render.ScreenLayout;

/**
 * An invisible click target over the budget bar, which the panels draw outside the stage: a click
 * switches the bar between its serving and training ledgers. Lies under every other widget.
 */
public final class BudgetHotspot implements StageWidget {
    private final Actor target = new Actor();

    public BudgetHotspot(final ActionSink actions) {
        target.addListener(new ClickListener() {
            @Override
            public void clicked(InputEvent event, float x, float y) {
                actions.perform(Action.BUDGET_VIEW);
            }
        });
    }

    @Override
    public void build(Stage stage, UiSkin skin, ScreenLayout screen) {
        stage.addActor(target);
        target.toBack();
    }

    @Override
    public void update(float delta) {
        // Placed by the app where the panels drew the bar; nothing follows the host.
    }

    /** Moves the target over {@code area}, where the budget bar was drawn this frame (empty: none). */
    public void place(Rectangle area) {
        if (target.getX() != area.x || target.getY() != area.y
                || target.getWidth() != area.width || target.getHeight() != area.height) {
            target.setBounds(area.x, area.y, area.width, area.height);
        }
    }
}
