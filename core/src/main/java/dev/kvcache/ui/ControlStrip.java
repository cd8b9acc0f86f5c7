package dev.kvcache.ui;

import com.badlogic.gdx.math.Rectangle;
import com.badlogic.gdx.scenes.scene2d.Actor;
import com.badlogic.gdx.scenes.scene2d.Stage;
import com.badlogic.gdx.scenes.scene2d.ui.Table;
import com.badlogic.gdx.scenes.scene2d.ui.TextButton;
import com.badlogic.gdx.scenes.scene2d.utils.ChangeListener;
import dev.kvcache.input.Action;
import dev.kvcache.input.ActionSink;

/**
 * The narrow (phone) layout's bottom strip: thumb-sized buttons for play, previous / next model,
 * speed and reset, and "More" that opens the full control panel above it.
 */
public final class ControlStrip {
    /** Smallest button edge, about a thumb (px). */
    static final float MIN_BUTTON = 44f;

    private final UiSkin skin;
    private final ActionSink sink;

    public ControlStrip(UiSkin skin, ActionSink sink) {
        this.skin = skin;
        this.sink = sink;
    }

    public void build(Stage stage, Rectangle area, final Runnable more) {
        Table strip = new Table();
        strip.setBackground(skin.panel);
        strip.setBounds(area.x, area.y, area.width, area.height);
        float gap = skin.pad(6);
        float size = Math.max(MIN_BUTTON, Math.min(area.height - 2 * gap, 80f));
        strip.defaults().space(gap).height(size).minWidth(MIN_BUTTON).expandX().fillX();
        strip.add(button("\u25b6 / Pause", Action.PLAY_PAUSE));
        strip.add(button("\u2190 Model", Action.PREVIOUS_MODEL));
        strip.add(button("Model \u2192", Action.NEXT_MODEL));
        strip.add(button("Faster", Action.SPEED_UP));
        strip.add(button("Reset", Action.RESET));
        TextButton moreButton = new TextButton("More", skin.button);
        moreButton.addListener(new ChangeListener() {
            @Override
            public void changed(ChangeEvent event, Actor actor) {
                more.run();
            }
        });
        strip.add(moreButton);
        stage.addActor(strip);
    }

    private TextButton button(String text, final Action action) {
        TextButton b = new TextButton(text, skin.button);
        b.getLabel().setWrap(true);
        b.addListener(new ChangeListener() {
            @Override
            public void changed(ChangeEvent event, Actor actor) {
                sink.perform(action);
            }
        });
        return b;
    }
}
