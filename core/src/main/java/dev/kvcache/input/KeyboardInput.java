package dev.kvcache.input;

import com.badlogic.gdx.InputAdapter;

/** Turns key presses into actions through the bindings table. */
public final class KeyboardInput extends InputAdapter {
    private final KeyBindings bindings;
    private final ActionSink sink;

    public KeyboardInput(KeyBindings bindings, ActionSink sink) {
        this.bindings = bindings;
        this.sink = sink;
    }

    @Override
    public boolean keyDown(int keycode) {
        Action action = bindings.actionFor(keycode);
        if (action == null) {
            return false;
        }
        sink.perform(action);
        return true;
    }
}
