package dev.kvcache.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kvcache.input.Action;
import dev.kvcache.input.KeyBindings;
import org.junit.jupiter.api.Test;

/** The help says what things do, in its own words, with the keys that do them. */
class HelpTextTest {
    @Test
    void theDefaultsNoteSaysWhatTheKeysDoNotWhereTheyComeFrom() {
        String note = HelpOverlay.DEFAULTS_NOTE;
        assertFalse(note.toLowerCase().contains("original"), note);
        KeyBindings keys = KeyBindings.defaults();
        assertEquals("1", keys.keysFor(Action.TOGGLE_BATCHING));
        assertEquals("2", keys.keysFor(Action.TOGGLE_PAGING));
        assertEquals("3", keys.keysFor(Action.TOGGLE_FLASH));
        assertTrue(note.contains("continuous batching (key 1)") && note.contains("paging (key 2)")
                && note.contains("FlashAttention (key 3)"), note);
    }

    @Test
    void noKeyOrGestureIsDescribedByReferenceToTheOriginal() {
        for (Action action : Action.values()) {
            assertFalse(action.description.toLowerCase().contains("original"), action + ": " + action.description);
        }
        for (String gesture : HelpOverlay.GESTURES) {
            assertFalse(gesture.toLowerCase().contains("original"), gesture);
        }
    }
}
