package dev.kvcache.desktop.e2e;

import static dev.kvcache.desktop.e2e.WindowKeys.state;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Idle is free in the real window: paused, once the scene is at rest the window stops drawing
 * (libGDX's non-continuous rendering; the trace reports "ON_CHANGE" and its frame count stops), a
 * key press draws at once and continuously until things settle again, and play draws every frame.
 */
class DesktopIdleIT {
    private static final String[] SCENARIO = {
        "--model", "llama-3.1-8b", "--gpu", "h100", "--batch", "8", "--speed", "1", "--paused", "1",
    };

    private static long frames(Map<String, Object> trace) {
        return ((Number) trace.get("frames")).longValue();
    }

    private static boolean idle(Map<String, Object> trace) {
        return "ON_CHANGE".equals(trace.get("rendering"));
    }

    private static boolean paused(Map<String, Object> trace) {
        return Boolean.TRUE.equals(state(trace).get("paused"));
    }

    @Test
    void aPausedWindowStopsDrawingAndAKeyOrPlayBringsFramesBack() throws Exception {
        try (WindowKeys window = WindowKeys.open(SCENARIO)) {
            Map<String, Object> idle = window.waitFor("the paused scene comes to rest and drawing stops",
                    DesktopIdleIT::idle);
            assertTrue(paused(idle), "paused: " + idle);
            // Room for the frames that must not come: drawing on would add dozens in two seconds.
            Thread.sleep(2000);
            window.type("b");
            Map<String, Object> woken = window.waitFor("B sets the next batch size",
                    t -> ((Number) state(t).get("batch")).longValue() != 8);
            assertEquals("CONTINUOUS", woken.get("rendering"), "a key press draws at once, continuously");
            // The key's frame, and at most a timed wake or two (the factoid turning over) before it.
            assertTrue(frames(woken) - frames(idle) <= 5,
                    "no frames drawn while idle: " + frames(idle) + " then " + frames(woken));

            Map<String, Object> rested = window.waitFor("the new batch's banks settle: idle again",
                    t -> idle(t) && frames(t) > frames(woken));
            window.type(" ");
            Map<String, Object> playing = window.waitFor("Space plays", t -> !paused(t));
            assertEquals("CONTINUOUS", playing.get("rendering"), "play draws every frame");
            assertTrue(frames(playing) > frames(rested));
            window.type(" ");
            // One wait for both: the pause's trace and the settled one can arrive together, and only
            // the newest trace is looked at, so waiting for the pause first could miss the rest after it.
            Map<String, Object> restedAgain = window.waitFor("Space pauses and the scene settles",
                    t -> paused(t) && idle(t) && frames(t) > frames(playing));
            assertTrue(frames(restedAgain) - frames(playing) >= 2,
                    "particles land and the banks' pulses fade over frames drawn one after another: "
                            + frames(playing) + " then " + frames(restedAgain));
        }
    }
}
