package dev.kvcache.ui;

import com.badlogic.gdx.math.Rectangle;
import com.badlogic.gdx.scenes.scene2d.Actor;
import com.badlogic.gdx.scenes.scene2d.Stage;
import com.badlogic.gdx.scenes.scene2d.ui.Table;
import com.badlogic.gdx.scenes.scene2d.ui.TextButton;
import com.badlogic.gdx.scenes.scene2d.utils.ChangeListener;
import dev.kvcache.input.Action;
import dev.kvcache.input.ActionSink;
import dev.kvcache.render.ScreenLayout;

/**
 * The narrow (phone) layout's bottom strip: fingertip-sized buttons for play, previous / next
 * model, speed and reset, and "More" that opens the full control panel above it. One row where
 * the labels fit, otherwise a grid of as many columns as the layout says.
 */
public final class ControlStrip {
    private final UiSkin skin;
    private final ActionSink sink;

    public ControlStrip(UiSkin skin, ActionSink sink) {
        this.skin = skin;
        this.sink = sink;
    }

    public void build(Stage stage, ScreenLayout screen, final Runnable more) {
        Rectangle area = screen.controls();
        Table strip = new Table();
        strip.setBackground(skin.panel);
        strip.setBounds(area.x, area.y, area.width, area.height);
        float gap = skin.pad(6);
        int columns = Math.max(1, screen.stripColumns());
        float size = skin.touchTarget;
        float buttonW = Math.max(size, (area.width - (columns + 1) * gap) / columns);
        strip.defaults().space(gap).height(size).width(buttonW);
        TextButton[] buttons = {
            button("strip.play", "\u25b6 / Pause", Action.PLAY_PAUSE),
            button("strip.previousModel", "\u2190 Model", Action.PREVIOUS_MODEL),
            button("strip.nextModel", "Model \u2192", Action.NEXT_MODEL),
            button("strip.faster", "Faster", Action.SPEED_UP),
            button("strip.reset", "Reset", Action.RESET),
            moreButton(more),
        };
        for (int i = 0; i < buttons.length; i++) {
            if (i > 0 && i % columns == 0) {
                strip.row();
            }
            strip.add(buttons[i]);
        }
        stage.addActor(strip);
    }

    private TextButton moreButton(final Runnable more) {
        TextButton moreButton = new TextButton("More", skin.button);
        moreButton.setName("strip.more");
        moreButton.addListener(new ChangeListener() {
            @Override
            public void changed(ChangeEvent event, Actor actor) {
                more.run();
            }
        });
        return moreButton;
    }

    private TextButton button(String id, String text, final Action action) {
        TextButton b = new TextButton(text, skin.button);
        b.setName(id);
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
