package dev.kvcache.html.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * KV offload in the browser under pressure (Llama-3.1-70B on 4 H100s, batch 32, 128K, paged, 64 GiB of
 * host memory over PCIe 5.0): the link's names reach the scenario, caches move to host memory, and the
 * host strip shows under the die inside the scene, clear of the die, the panels and the controls, on
 * the desktop sizes and on phones.
 */
class OffloadSceneIT {
    private static final File OUT = BrowserSession.OUT;
    private static final String PRESSED = "model=llama-3.1-70b&gpu=h100&batch=32&context=128K&gpus=4&pa=1"
            + "&offload=64&offloadLink=pcie5&speed=20";
    private static BrowserSession browser;

    @BeforeAll
    static void open() throws Exception {
        browser = BrowserSession.open(1280, 720);
    }

    @AfterAll
    static void close() {
        if (browser != null) {
            browser.close();
        }
    }

    @ParameterizedTest(name = "{0}x{1} at ratio {2}")
    @CsvSource({"1280, 720, 1", "900, 600, 1", "390, 844, 2", "360, 640, 1"})
    @SuppressWarnings("unchecked")
    void theHostStripShowsUnderTheDieClearOfEverythingElse(int width, int height, int ratio) throws Exception {
        browser.emulate(width, height, ratio);
        browser.load(PRESSED, 5);
        browser.waitUntil("caches moved to host memory", Duration.ofSeconds(60),
                d -> ((Number) browser.state().get("offloads")).longValue() > 0);
        Map<String, Object> state = browser.state();
        assertEquals(64L, ((Number) state.get("offload")).longValue(), "offload reaches the scenario");
        assertEquals("pcie5", state.get("offloadLink"));
        assertTrue(((Number) state.get("offloads")).longValue() > 0, "caches moved to host memory: " + state);
        browser.saveCanvas(new File(OUT, "browser-offload-" + width + "x" + height + "@" + ratio + ".png"));
        Map<String, Object> ui = browser.ui();
        Map<String, List<Number>> regions = (Map<String, List<Number>>) ui.get("regions");
        List<Number> strip = regions.get("hostStrip");
        assertTrue(strip != null && strip.get(2).doubleValue() > 0 && strip.get(3).doubleValue() > 0,
                "the strip shows: " + regions);
        assertTrue(inside(strip, regions.get("scene")), "inside the scene: " + strip + " " + regions.get("scene"));
        assertFalse(overlaps(strip, regions.get("die")), "clear of the die");
        Map<String, List<Number>> panels = (Map<String, List<Number>>) ui.get("panelsDrawn");
        for (Map.Entry<String, List<Number>> panel : panels.entrySet()) {
            assertFalse(overlaps(strip, panel.getValue()), "clear of the " + panel.getKey() + " panel");
        }
        for (Map<String, Object> control : (List<Map<String, Object>>) ui.get("controls")) {
            if (Boolean.TRUE.equals(control.get("inView"))) {
                assertFalse(overlaps(strip, (List<Number>) control.get("rect")), "clear of " + control.get("name"));
            }
        }
        assertEquals(List.of(), browser.pageErrors(), "page logged no error");
    }

    private static boolean overlaps(List<Number> a, List<Number> b) {
        double ax = a.get(0).doubleValue();
        double ay = a.get(1).doubleValue();
        double bx = b.get(0).doubleValue();
        double by = b.get(1).doubleValue();
        return b.get(2).doubleValue() > 0 && b.get(3).doubleValue() > 0
                && ax < bx + b.get(2).doubleValue() && bx < ax + a.get(2).doubleValue()
                && ay < by + b.get(3).doubleValue() && by < ay + a.get(3).doubleValue();
    }

    private static boolean inside(List<Number> a, List<Number> b) {
        return a.get(0).doubleValue() >= b.get(0).doubleValue() - 0.5
                && a.get(1).doubleValue() >= b.get(1).doubleValue() - 0.5
                && a.get(0).doubleValue() + a.get(2).doubleValue() <= b.get(0).doubleValue() + b.get(2).doubleValue() + 0.5
                && a.get(1).doubleValue() + a.get(3).doubleValue() <= b.get(1).doubleValue() + b.get(3).doubleValue() + 0.5;
    }
}
