package dev.kvcache.ui;

import com.badlogic.gdx.InputProcessor;
import com.badlogic.gdx.graphics.g2d.Batch;
import com.badlogic.gdx.math.Rectangle;
import com.badlogic.gdx.math.Vector2;
import com.badlogic.gdx.scenes.scene2d.Stage;
import com.badlogic.gdx.scenes.scene2d.ui.TextField;
import com.badlogic.gdx.utils.viewport.ScreenViewport;
import dev.kvcache.input.KeyBindings;
import dev.kvcache.render.FontSource;
import dev.kvcache.render.ScreenLayout;

/**
 * The Scene2D stage of the controls, with its own screen viewport: it holds the widgets it is given
 * (bottom to top), lays them out again on resize or when an overlay opens or closes, and draws them
 * above the scene. The keys that close overlays pass whatever widget has the keyboard ({@link OverlayKeys}).
 */
public final class ControlsStage {
    private final Stage stage;
    private final FontSource fonts;
    private final UiSkin skin;
    private final OverlaySwitcher overlays;
    private final OverlayKeys overlayKeys;
    private final StageWidget[] widgets;
    private ScreenLayout screen;
    private final Vector2 corner = new Vector2();

    /** {@code batch} is the frame's SpriteBatch, closed while the stage draws; the stage never disposes it. */
    public ControlsStage(Batch batch, FontSource fonts, UiSkin skin, OverlaySwitcher overlays, KeyBindings bindings,
            StageWidget... widgets) {
        this.stage = new Stage(new ScreenViewport(), batch);
        this.fonts = fonts;
        this.skin = skin;
        this.overlays = overlays;
        this.overlayKeys = new OverlayKeys(bindings);
        this.widgets = widgets;
        stage.addCaptureListener(overlayKeys);
    }

    /** The stage's input, first in the app's InputMultiplexer so widgets get clicks before the scene. */
    public InputProcessor input() {
        return stage;
    }

    /**
     * True while a text field has the keyboard or an overlay that is typed into (console, model
     * search) is open, even when a click took the keyboard from its field.
     */
    public boolean isTyping() {
        return stage.getKeyboardFocus() instanceof TextField || overlays.open().takesTyping();
    }

    /** Lays the widgets out for {@code layout} (call after the fonts are rescaled). */
    public void resize(ScreenLayout layout, int width, int height) {
        screen = layout;
        stage.getViewport().update(width, height, true);
        skin.rebuild(fonts, layout);
        rebuild();
    }

    /** Follows the host's state and animates; call after the frame's tick boundary. */
    public void update(float delta) {
        // Overlays change while the stage delivers an event; it is rebuilt here, never inside one.
        if (overlays.takeChange()) {
            rebuild();
        }
        for (StageWidget widget : widgets) {
            widget.update(delta);
        }
        stage.act(delta);
    }

    /** True while a widget animates by itself (see {@link StageMotion}): the app must keep drawing. */
    public boolean isMoving() {
        return StageMotion.isMoving(stage.getRoot());
    }

    public void draw() {
        stage.getViewport().apply(true);
        stage.draw();
    }

    /** Whether any widget shows something in {@code area} (see {@link StageReach}). */
    public boolean paintsInto(Rectangle area) {
        return StageReach.paintsInto(stage.getRoot(), area, corner);
    }

    private void rebuild() {
        if (screen == null) {
            return;
        }
        overlays.takeChange(); // this layout shows the overlay open now
        stage.clear(); // also drops the root's listeners
        stage.addCaptureListener(overlayKeys);
        stage.setKeyboardFocus(null);
        for (StageWidget widget : widgets) {
            stage.addActor(new BatchBoundary());
            widget.build(stage, skin, screen);
        }
    }

    /** The stage's pressable targets as a JSON array (see {@link StageTargets}), for tests. */
    public void appendTargetsJson(StringBuilder b) {
        StageTargets.appendJson(stage, b);
    }

    public void dispose() {
        stage.dispose();
    }
}
