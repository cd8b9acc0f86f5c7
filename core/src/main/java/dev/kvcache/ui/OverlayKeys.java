package dev.kvcache.ui;

import com.badlogic.gdx.Input.Keys;
import com.badlogic.gdx.scenes.scene2d.InputEvent;
import com.badlogic.gdx.scenes.scene2d.InputListener;
import dev.kvcache.input.Action;
import dev.kvcache.input.KeyBindings;

/**
 * A capture listener on the stage's root: the keys that close an overlay (Esc, the console's typed
 * character) and Shift never reach the focused widget, which would take them (a focused text field
 * handles every key, a list clears its focus on Esc). Stopped but not handled, they fall through the
 * InputMultiplexer to the shortcuts, which then close the console or the model list.
 */
final class OverlayKeys extends InputListener {
    private final KeyBindings bindings;

    OverlayKeys(KeyBindings bindings) {
        this.bindings = bindings;
    }

    @Override
    public boolean keyDown(InputEvent event, int keycode) {
        stopIfPassing(event, keycode);
        return false;
    }

    @Override
    public boolean keyUp(InputEvent event, int keycode) {
        stopIfPassing(event, keycode);
        return false;
    }

    @Override
    public boolean keyTyped(InputEvent event, char character) {
        Action action = bindings.actionForTyped(character);
        if (action == Action.CONSOLE || action == Action.CLOSE_OVERLAY) {
            event.stop();
        }
        return false;
    }

    private void stopIfPassing(InputEvent event, int keycode) {
        if (keycode == Keys.SHIFT_LEFT || keycode == Keys.SHIFT_RIGHT
                || bindings.isBound(keycode, Action.CLOSE_OVERLAY)) {
            event.stop();
        }
    }
}
