package dev.kvcache.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kvcache.input.Action;
import dev.kvcache.ui.OverlaySwitcher.Overlay;
import org.junit.jupiter.api.Test;

/** One overlay at a time: its action toggles it, another replaces it, Esc closes; each switch asks for a new layout. */
class OverlaySwitcherTest {
    private final OverlaySwitcher overlays = new OverlaySwitcher();

    @Test
    void eachActionTogglesItsOverlayAndReplacesAnother() {
        overlays.perform(Action.HELP);
        assertEquals(Overlay.HELP, overlays.open());
        overlays.perform(Action.CONSOLE);
        assertEquals(Overlay.CONSOLE, overlays.open(), "the console replaces help");
        overlays.perform(Action.CONSOLE);
        assertEquals(Overlay.NONE, overlays.open(), "the console key closes the console");
        overlays.perform(Action.MODEL_LIST);
        assertEquals(Overlay.MODELS, overlays.open());
        overlays.perform(Action.CLOSE_OVERLAY);
        assertEquals(Overlay.NONE, overlays.open());
        overlays.perform(Action.NOTICES);
        assertEquals(Overlay.NOTICES, overlays.open());
        overlays.toggleMore();
        assertEquals(Overlay.MORE, overlays.open());
        overlays.toggleMore();
        assertEquals(Overlay.NONE, overlays.open());
    }

    @Test
    void everySwitchAsksForOneNewLayout() {
        assertFalse(overlays.takeChange());
        overlays.perform(Action.HELP);
        assertTrue(overlays.takeChange());
        assertFalse(overlays.takeChange(), "once per switch");
        overlays.perform(Action.CLOSE_OVERLAY);
        overlays.perform(Action.CLOSE_OVERLAY);
        assertTrue(overlays.takeChange());
        assertEquals("NONE", overlays.open().name(), "the name window.kvcache.overlay() reports");
    }

    @Test
    void onlyTheConsoleAndTheModelSearchAreTypedInto() {
        for (Overlay overlay : Overlay.values()) {
            assertEquals(overlay == Overlay.CONSOLE || overlay == Overlay.MODELS, overlay.takesTyping(), overlay.name());
        }
    }
}
