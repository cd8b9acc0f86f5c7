package dev.kvcache.ui;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.badlogic.gdx.Input.Keys;
import com.badlogic.gdx.scenes.scene2d.InputEvent;
import dev.kvcache.input.KeyBindings;
import org.junit.jupiter.api.Test;

/**
 * The stage's capture listener stops, without handling, exactly the keys a focused text field must
 * not swallow (Esc, Shift, the typed '`'), so they fall through to the shortcuts; letters reach the field.
 */
class OverlayKeysTest {
    private final OverlayKeys keys = new OverlayKeys(KeyBindings.defaults());

    private static InputEvent event(InputEvent.Type type) {
        InputEvent event = new InputEvent();
        event.setType(type);
        return event;
    }

    private boolean stopsKey(InputEvent.Type type, int keycode) {
        InputEvent event = event(type);
        event.setKeyCode(keycode);
        assertFalse(keys.handle(event), "never handled: the multiplexer must pass it on");
        return event.isStopped();
    }

    private boolean stopsTyped(char c) {
        InputEvent event = event(InputEvent.Type.keyTyped);
        event.setCharacter(c);
        assertFalse(keys.handle(event));
        return event.isStopped();
    }

    @Test
    void escShiftAndTheConsoleKeyPassTheField() {
        assertTrue(stopsKey(InputEvent.Type.keyDown, Keys.ESCAPE));
        assertTrue(stopsKey(InputEvent.Type.keyDown, Keys.SHIFT_LEFT));
        assertTrue(stopsKey(InputEvent.Type.keyUp, Keys.SHIFT_RIGHT));
        assertTrue(stopsTyped('`'));
    }

    @Test
    void lettersEnterAndBackspaceReachTheField() {
        assertFalse(stopsKey(InputEvent.Type.keyDown, Keys.M));
        assertFalse(stopsKey(InputEvent.Type.keyDown, Keys.ENTER));
        assertFalse(stopsKey(InputEvent.Type.keyDown, Keys.BACKSPACE));
        assertFalse(stopsTyped('m'));
        assertFalse(stopsTyped('\r'));
        assertFalse(stopsTyped('~'));
    }
}
