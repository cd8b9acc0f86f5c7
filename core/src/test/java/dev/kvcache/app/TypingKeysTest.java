package dev.kvcache.app;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.badlogic.gdx.Input.Keys;
import dev.kvcache.input.Action;
import dev.kvcache.input.KeyBindings;
import dev.kvcache.input.KeyboardInput;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The shortcuts' gate on the real key path (KeyboardInput, the bindings table, TypingKeys): while
 * text is typed only Esc and the console key get through, and the key that opens the console or
 * the model search already counts before the frame that opens it.
 */
class TypingKeysTest {
    private final List<Action> sent = new ArrayList<>();
    private boolean typing;
    private final TypingKeys gate = new TypingKeys(() -> typing, sent::add);
    private final KeyboardInput keys = new KeyboardInput(KeyBindings.defaults(), gate);

    private void type(int keycode, char c) {
        keys.keyDown(keycode);
        keys.keyTyped(c);
        keys.keyUp(keycode);
    }

    @Test
    void lettersTypedBeforeTheSearchOpensAreNoShortcuts() {
        type(Keys.T, 't');
        type(Keys.G, 'g');
        type(Keys.M, 'm');
        assertEquals(List.of(Action.MODEL_LIST), sent, "G and M pressed before the next frame");
        typing = true;
        gate.frameDone();
        type(Keys.M, 'm');
        type(Keys.B, 'b');
        assertEquals(List.of(Action.MODEL_LIST), sent, "the search is open");
        type(Keys.ESCAPE, (char) 27);
        assertEquals(List.of(Action.MODEL_LIST, Action.CLOSE_OVERLAY), sent);
        typing = false;
        gate.frameDone();
        type(Keys.M, 'm');
        assertEquals(List.of(Action.MODEL_LIST, Action.CLOSE_OVERLAY, Action.NEXT_MODEL), sent, "closed: shortcuts again");
    }

    @Test
    void theConsoleKeyOpensAndClosesWhileShortcutsWait() {
        type(Keys.GRAVE, '`');
        type(Keys.SPACE, ' ');
        assertEquals(List.of(Action.CONSOLE), sent, "Space right after ` is not play/pause");
        typing = true;
        gate.frameDone();
        type(Keys.SPACE, ' ');
        type(Keys.GRAVE, '`');
        assertEquals(List.of(Action.CONSOLE, Action.CONSOLE), sent, "` closes the open console");
        typing = false;
        gate.frameDone();
        type(Keys.SPACE, ' ');
        assertEquals(List.of(Action.CONSOLE, Action.CONSOLE, Action.PLAY_PAUSE), sent);
    }
}
