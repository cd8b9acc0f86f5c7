package dev.kvcache.input;

import com.badlogic.gdx.Input.Keys;
import com.badlogic.gdx.InputAdapter;

/**
 * Turns key presses and typed characters into actions through the bindings table, tracking Shift
 * itself. Last in the app's InputMultiplexer: it only sees what the stage (a focused text field
 * takes nearly every key) and the gestures left.
 */
public final class KeyboardInput extends InputAdapter {
    private final KeyBindings bindings;
    private final ActionSink sink;
    private boolean leftShift;
    private boolean rightShift;

    public KeyboardInput(KeyBindings bindings, ActionSink sink) {
        this.bindings = bindings;
        this.sink = sink;
    }

    @Override
    public boolean keyDown(int keycode) {
        if (keycode == Keys.SHIFT_LEFT) {
            leftShift = true;
            return false;
        }
        if (keycode == Keys.SHIFT_RIGHT) {
            rightShift = true;
            return false;
        }
        Action action = bindings.actionFor(keycode,
                leftShift || rightShift ? KeyBindings.Modifier.SHIFT : KeyBindings.Modifier.NONE);
        if (action == null) {
            return false;
        }
        sink.perform(action);
        return true;
    }

    @Override
    public boolean keyTyped(char character) {
        Action action = bindings.actionForTyped(character);
        if (action == null) {
            return false;
        }
        sink.perform(action);
        return true;
    }

    @Override
    public boolean keyUp(int keycode) {
        if (keycode == Keys.SHIFT_LEFT) {
            leftShift = false;
        } else if (keycode == Keys.SHIFT_RIGHT) {
            rightShift = false;
        }
        return false;
    }
}
