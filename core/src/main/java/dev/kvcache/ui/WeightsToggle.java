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
    private final ButtonTextFit fit = new ButtonTextFit();
    private TextButton button;
    private UiSkin skin;
    /** The mode the label shows; null after a rebuild, so the new button gets its label. */
    private WeightsMode shown;

    public WeightsToggle(HostView host, ActionSink actions) {
        this.host = host;
        this.actions = actions;
    }

    @Override
    public void build(Stage stage, UiSkin skin, ScreenLayout screen) {
        this.skin = skin;
        button = new TextButton("", skin.button);
        button.addListener(new ChangeListener() {
            @Override
            public void changed(ChangeEvent event, Actor actor) {
                actions.perform(Action.TOGGLE_WEIGHTS);
            }
        });
        shown = null;
        Rectangle place = screen.weightsButton();
        button.setName("weights");
        button.setBounds(place.x, place.y, place.width, place.height);
        stage.addActor(button);
    }

    @Override
    public void update(float delta) {
        WeightsMode mode = host.simulation().settings().weights();
        if (button != null && mode != shown) {
            shown = mode;
            // Fitted to the button: a window 100 px wide has no room for the whole label.
            fit.apply(button, mode == WeightsMode.INCLUDED ? "Weights: shown" : "Weights: hidden", skin,
                    button.getWidth() - 2 * skin.pad(4));
        }
    }
}
