package dev.kvcache.input;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.badlogic.gdx.Input.Keys;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The one bindings table: every action reachable, the issue's keys, Shift handling, no duplicates. */
class KeyBindingsTest {
    private final KeyBindings bindings = KeyBindings.defaults();

    @Test
    void theIssuesKeysMapAsListed() {
        assertEquals(Action.PLAY_PAUSE, bindings.actionFor(Keys.SPACE));
        assertEquals(Action.SPEED_UP, bindings.actionFor(Keys.RIGHT));
        assertEquals(Action.SPEED_UP, bindings.actionFor(Keys.EQUALS, KeyBindings.Modifier.SHIFT), "+ is Shift+=");
        assertEquals(Action.SPEED_DOWN, bindings.actionFor(Keys.MINUS));
        assertEquals(Action.NEXT_MODEL, bindings.actionFor(Keys.M));
        assertEquals(Action.PREVIOUS_MODEL, bindings.actionFor(Keys.M, KeyBindings.Modifier.SHIFT));
        assertEquals(Action.NEXT_DEVICE, bindings.actionFor(Keys.D));
        assertEquals(Action.NEXT_CONTEXT, bindings.actionFor(Keys.C));
        assertEquals(Action.BATCH_UP, bindings.actionFor(Keys.B));
        assertEquals(Action.BATCH_DOWN, bindings.actionFor(Keys.B, KeyBindings.Modifier.SHIFT));
        assertEquals(Action.NEXT_WEIGHT_PRECISION, bindings.actionFor(Keys.P));
        assertEquals(Action.NEXT_KV_PRECISION, bindings.actionFor(Keys.K));
        assertEquals(Action.TOGGLE_BATCHING, bindings.actionFor(Keys.NUM_1));
        assertEquals(Action.TOGGLE_PAGING, bindings.actionFor(Keys.NUM_2));
        assertEquals(Action.TOGGLE_FLASH, bindings.actionFor(Keys.NUM_3));
        assertEquals(Action.TOGGLE_WEIGHTS, bindings.actionFor(Keys.W));
        assertEquals(Action.RESET, bindings.actionFor(Keys.R));
        assertEquals(Action.SINGLE_STEP, bindings.actionFor(Keys.PERIOD));
        assertEquals(Action.SCREENSHOT, bindings.actionFor(Keys.S));
        assertEquals(Action.FULLSCREEN, bindings.actionFor(Keys.F));
        assertEquals(Action.HELP, bindings.actionFor(Keys.H));
        assertEquals(Action.HELP, bindings.actionFor(Keys.SLASH, KeyBindings.Modifier.SHIFT), "? is Shift+/");
        assertEquals(Action.CLOSE_OVERLAY, bindings.actionFor(Keys.ESCAPE));
        assertEquals(Action.COPY_LINK, bindings.actionFor(Keys.L));
        assertEquals(Action.CONSOLE, bindings.actionForTyped('`'));
        assertNull(bindings.actionFor(Keys.Z));
    }

    /**
     * The browser backend reports the backquote key as Keys.UNKNOWN, so the console answers to the
     * typed '`' (which every backend sends) and to no key code: the desktop's Keys.GRAVE with it
     * would open and close the console in one press.
     */
    @Test
    void theConsoleAnswersToTheTypedBackquoteOnly() {
        assertNull(bindings.actionFor(Keys.GRAVE));
        assertNull(bindings.actionFor(Keys.UNKNOWN));
        assertNull(bindings.actionFor(KeyBindings.TYPED));
        List<Action> got = new ArrayList<>();
        KeyboardInput input = new KeyboardInput(bindings, got::add);
        input.keyDown(Keys.GRAVE);
        input.keyTyped('`');
        input.keyTyped('m');
        assertEquals(List.of(Action.CONSOLE), got, "one press of ` on the desktop: keyDown(GRAVE), then '`' typed");
        assertEquals("`", bindings.keysFor(Action.CONSOLE), "what the help lists");
    }

    @Test
    void everyActionHasAKeyAndNoKeyIsBoundTwice() {
        Set<Action> bound = EnumSet.noneOf(Action.class);
        List<String> seen = new ArrayList<>();
        for (KeyBindings.Binding b : bindings.all()) {
            bound.add(b.action);
            String key = b.keycode + "/" + (int) b.character + "/" + b.modifier;
            assertTrue(!seen.contains(key), "bound twice: " + b.label);
            seen.add(key);
        }
        assertEquals(EnumSet.allOf(Action.class), bound);
    }

    @Test
    void keyboardInputTracksShiftAndSendsTheTablesAction() {
        List<Action> got = new ArrayList<>();
        KeyboardInput input = new KeyboardInput(bindings, got::add);
        input.keyDown(Keys.M);
        input.keyDown(Keys.SHIFT_LEFT);
        input.keyDown(Keys.M);
        input.keyUp(Keys.SHIFT_LEFT);
        input.keyDown(Keys.M);
        assertEquals(List.of(Action.NEXT_MODEL, Action.PREVIOUS_MODEL, Action.NEXT_MODEL), got);
    }

    @Test
    void helpListsTheLabelsOfTheTable() {
        assertEquals("H / ?", bindings.keysFor(Action.HELP));
        assertEquals("Shift+M", bindings.keysFor(Action.PREVIOUS_MODEL));
    }
}
