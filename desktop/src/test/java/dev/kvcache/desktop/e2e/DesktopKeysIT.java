package dev.kvcache.desktop.e2e;

import static dev.kvcache.desktop.e2e.WindowKeys.overlay;
import static dev.kvcache.desktop.e2e.WindowKeys.state;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.event.KeyEvent;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The console and the model search in the real desktop window, with real key presses: the console
 * opens with `, runs what is typed without a letter firing a shortcut, shows the reply, and closes
 * with Esc and with `; the model search filters as "gemma-3-27b" is typed and Enter picks it, and
 * "m" (the next-model key) typed into it changes nothing until Enter.
 */
class DesktopKeysIT {
    private static final String[] SCENARIO = {
        "--model", "llama-3.1-8b", "--gpu", "h100", "--batch", "8", "--speed", "1", "--paused", "1", "--fa", "1",
        "--pa", "1",
    };

    private static long number(Map<String, Object> trace, String name) {
        return ((Number) state(trace).get(name)).longValue();
    }

    private static double speed(Map<String, Object> trace) {
        return ((Number) state(trace).get("speed")).doubleValue();
    }

    @Test
    void consoleOpensRunsCommandsAndClosesWithEscAndBackquote() throws Exception {
        try (WindowKeys window = WindowKeys.open(SCENARIO)) {
            Map<String, Object> start = window.waitFor("the scenario", t -> number(t, "batch") == 8);
            assertEquals("NONE", overlay(start));
            window.type("`");
            window.waitFor("` opens the console", t -> "CONSOLE".equals(overlay(t)));
            // Every letter here is also a shortcut: b batch, t model search, c context, h help,
            // space play, = faster, 4 nothing.
            window.type("batch = 4\n");
            Map<String, Object> after = window.waitFor("the console ran batch = 4", t -> number(t, "batch") == 4);
            assertEquals("CONSOLE", overlay(after), "no shortcut closed or replaced the console");
            assertEquals(true, state(after).get("paused"), "Space was typed, not pressed: " + after);
            assertEquals(1.0, speed(after), "= was typed, not pressed");
            assertEquals("llama-3.1-8b", state(after).get("model"));
            assertEquals(131072L, number(after, "context"), "c was typed, not pressed");
            assertTrue(state(after).get("notices").toString().contains("> batch = 4: ok"), "the reply: " + after);
            window.type("help\n");
            window.waitFor("help's reply", t -> state(t).get("notices").toString().contains("play, pause, step"));

            window.press(KeyEvent.VK_ESCAPE);
            window.waitFor("Esc closes the console", t -> "NONE".equals(overlay(t)));
            window.type("b");
            window.waitFor("closed: B is a shortcut again", t -> number(t, "batch") == 8);

            window.type("`");
            window.waitFor("` opens the console again", t -> "CONSOLE".equals(overlay(t)));
            window.type("`");
            Map<String, Object> closed = window.waitFor("` closes it", t -> "NONE".equals(overlay(t)));
            assertEquals(8L, number(closed, "batch"));
        }
    }

    @Test
    void modelSearchTypesANameAndEnterPicksIt() throws Exception {
        try (WindowKeys window = WindowKeys.open(SCENARIO)) {
            window.waitFor("the scenario", t -> number(t, "batch") == 8);
            window.type("t");
            window.waitFor("T opens the model search", t -> "MODELS".equals(overlay(t)));
            // g GPUs, m model, a, -, 3 FlashAttention, 2 paging, 7, b batch: none may fire.
            window.type("gemma-3-27b\n");
            Map<String, Object> picked = window.waitFor("Enter picks Gemma-3-27B",
                    t -> "gemma-3-27b".equals(state(t).get("model")));
            window.waitFor("the search closes", t -> "NONE".equals(overlay(t)));
            for (Map<String, Object> trace : window.traces()) {
                Object model = state(trace).get("model");
                assertTrue("llama-3.1-8b".equals(model) || "gemma-3-27b".equals(model), "no other model on the way: " + trace);
            }
            assertEquals(8L, number(picked, "batch"));
            assertEquals(1.0, speed(picked));
            assertEquals(true, state(picked).get("paused"));
            assertEquals(true, state(picked).get("fa"), "3 was typed, not pressed");
            assertEquals(true, state(picked).get("pa"), "2 was typed, not pressed");
            assertEquals("auto", String.valueOf(state(picked).get("gpus")).toLowerCase(), "g was typed, not pressed");

            // M is the next-model key: typed into the search it filters, and nothing changes until Enter.
            int before = window.traces().size();
            window.type("t");
            window.waitFor("T opens the search again", t -> "MODELS".equals(overlay(t)));
            window.type("m\n");
            Map<String, Object> first = window.waitFor("Enter picks the first match for m",
                    t -> !"gemma-3-27b".equals(state(t).get("model")));
            assertEquals("mistral-7b", state(first).get("model"), "the first model whose name starts with m");
            List<Map<String, Object>> since = window.traces().subList(before, window.traces().size());
            for (Map<String, Object> trace : since.subList(0, since.indexOf(first))) {
                assertEquals("gemma-3-27b", state(trace).get("model"), "m typed, no model change before Enter: " + trace);
            }
        }
    }
}
