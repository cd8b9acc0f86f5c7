package dev.kvcache.desktop.e2e;

import static dev.kvcache.desktop.e2e.WindowKeys.state;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.event.KeyEvent;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The cluster view in the real window with real key presses: a scenario on 8 GPUs opens on the
 * cluster by itself, V switches to the single die and back, each time with a notice saying which;
 * a scenario on one GPU opens on the die.
 */
class DesktopClusterViewIT {
    @Test
    void eightGpusOpenOnTheClusterAndVSwitchesToTheDieAndBack() throws Exception {
        try (WindowKeys window = WindowKeys.open("--model", "llama-3.1-70b", "--gpu", "h100", "--tp", "8",
                "--paused", "1")) {
            Map<String, Object> start = window.waitFor("the cluster by itself", t -> "cluster".equals(view(t)));
            assertEquals("8", String.valueOf(state(start).get("gpus")));
            window.press(KeyEvent.VK_V);
            Map<String, Object> die = window.waitFor("V shows the die", t -> "die".equals(view(t)));
            assertTrue(state(die).get("notices").toString().contains("die view"), die.toString());
            window.press(KeyEvent.VK_V);
            window.waitFor("V shows the cluster again", t -> "cluster".equals(view(t)));
        }
    }

    @Test
    void oneGpuOpensOnTheDie() throws Exception {
        try (WindowKeys window = WindowKeys.open("--model", "llama-3.1-8b", "--gpu", "h100", "--gpus", "1",
                "--context", "4K", "--batch", "1", "--paused", "1")) {
            Map<String, Object> start = window.waitFor("the first frame", t -> view(t) != null);
            assertEquals("die", view(start));
        }
    }

    private static String view(Map<String, Object> trace) {
        return (String) state(trace).get("view");
    }
}
