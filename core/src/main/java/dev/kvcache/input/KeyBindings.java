package dev.kvcache.input;

import com.badlogic.gdx.Input.Keys;
import com.badlogic.gdx.utils.IntMap;

/** The one table from keys to actions; both key handling and the help overlay read it. */
public final class KeyBindings {
    private final IntMap<Action> byKey = new IntMap<>();

    /** The default bindings. */
    public static KeyBindings defaults() {
        KeyBindings bindings = new KeyBindings();
        bindings.bind(Keys.SPACE, Action.PLAY_PAUSE);
        return bindings;
    }

    public void bind(int keycode, Action action) {
        byKey.put(keycode, action);
    }

    /** The action bound to {@code keycode}, or null. */
    public Action actionFor(int keycode) {
        return byKey.get(keycode);
    }
}
