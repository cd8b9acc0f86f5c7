package dev.kvcache.ui;

import com.badlogic.gdx.math.Rectangle;
import com.badlogic.gdx.scenes.scene2d.Actor;
import com.badlogic.gdx.scenes.scene2d.Stage;
import com.badlogic.gdx.scenes.scene2d.ui.TextButton;
import com.badlogic.gdx.scenes.scene2d.utils.ChangeListener;
import dev.kvcache.host.HostView;
import dev.kvcache.input.Action;
import dev.kvcache.input.ActionSink;
import dev.kvcache.render.ScreenLayout;
import dev.kvcache.sim.WeightsMode;

/** The "Weights: shown / hidden" button by the header: whether the banks include the model's weights. */
public final class WeightsToggle implements StageWidget {
    private final HostView host;
    private final ActionSink actions;
    private TextButton button;
    /** The mode the label shows; null after a rebuild, so the new button gets its label. */
    private WeightsMode shown;

    public WeightsToggle(HostView host, ActionSink actions) {
        this.host = host;
        this.actions = actions;
    }

    @Override
    public void build(Stage stage, UiSkin skin, ScreenLayout screen) {
        button = new TextButton("", skin.button);
        button.addListener(new ChangeListener() {
            @Override
            public void changed(ChangeEvent event, Actor actor) {
                actions.perform(Action.TOGGLE_WEIGHTS);
            }
        });
        shown = null;
        Rectangle header = screen.header();
        float bw = Math.max(110f, 150f * skin.scale);
        float bh = Math.max(24f, Math.min(header.height * 0.42f, 30f * Math.max(1f, skin.scale)));
        // Wide: the header's bottom right, under the frame counter; narrow: just below the header.
        float y = screen.isNarrow() ? header.y - bh - screen.margin() * 0.4f : header.y + screen.margin() * 0.4f;
        button.setBounds(stage.getWidth() - screen.margin() - bw, y, bw, bh);
        stage.addActor(button);
    }

    @Override
    public void update(float delta) {
        WeightsMode mode = host.simulation().settings().weights();
        if (button != null && mode != shown) {
            shown = mode;
            button.setText(mode == WeightsMode.INCLUDED ? "Weights: shown" : "Weights: hidden");
        }
    }
}
