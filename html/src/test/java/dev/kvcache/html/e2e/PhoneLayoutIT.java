package dev.kvcache.html.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Phones in Chromium's device emulation, at 360x640 and 390x844 CSS pixels with device pixel
 * ratios 1, 2 and 3: the canvas has every physical pixel (sharp text), text is at least 12 CSS px,
 * every button and arrow is at least 44 CSS px on both sides and holds its label, in the strip
 * and in the full panel that "More" opens. All measured in CSS px: the app's canvas pixels over
 * the canvas-to-CSS ratio the page reports.
 */
class PhoneLayoutIT {
    private static final File OUT = BrowserSession.OUT;
    private static final double MIN_TEXT_CSS = 12;
    private static final double MIN_TARGET_CSS = 44;
    private static BrowserSession browser;

    @BeforeAll
    static void open() throws Exception {
        browser = BrowserSession.open(390, 844, 3);
    }

    @AfterAll
    static void close() {
        if (browser != null) {
            browser.close();
        }
    }

    @ParameterizedTest(name = "{0}x{1} at ratio {2}")
    @CsvSource({"360, 640, 1", "360, 640, 2", "360, 640, 3", "390, 844, 1", "390, 844, 2", "390, 844, 3"})
    void textAndTouchTargetsAreBigEnough(int width, int height, int ratio) throws Exception {
        browser.emulate(width, height, ratio);
        browser.load("model=deepseek-v2-lite&gpu=b300&fa=1&paused=1", 10);
        double canvasRatio = browser.canvasPixelRatio();
        assertEquals(ratio, canvasRatio, 0.02, "the canvas has every physical pixel, so text is sharp");
        Map<String, Object> ui = browser.ui();
        assertEquals(ratio, ((Number) ui.get("density")).doubleValue(), 0.01, "the app lays out at the page's ratio");
        String shot = "browser-phone-" + width + "x" + height + "@" + ratio;
        browser.saveCanvas(new File(OUT, shot + ".png"));

        double smallestText = ((Number) ui.get("minFontPixels")).doubleValue() / canvasRatio;
        assertTrue(smallestText >= MIN_TEXT_CSS - 0.01, "smallest text " + smallestText + " CSS px: " + ui.get("fonts"));
        if (height >= 844) {
            @SuppressWarnings("unchecked")
            Map<String, List<Number>> panels = (Map<String, List<Number>>) ui.get("panelsDrawn");
            assertTrue(panels.get("info").get(3).doubleValue() > 0,
                    "a 390x844 phone has room for the info panel (its compact form at least): " + panels);
        }
        CanvasControls controls = new CanvasControls(browser);
        List<String> problems = targetProblems(controls.all(), canvasRatio);
        assertEquals(List.of(), problems, "the strip and the header's button");

        controls.click(controls.named("strip.more"));
        browser.waitUntil("More opens the full panel", Duration.ofSeconds(15),
                d -> "MORE".equals(browser.script("return window.kvcache.overlay();")));
        browser.saveCanvas(new File(OUT, shot + "-more.png"));
        List<CanvasControls.Control> panel = controls.all();
        assertTrue(panel.stream().anyMatch(c -> c.name.equals("fa")), "the panel lists the FlashAttention toggle");
        assertEquals(List.of(), targetProblems(panel, canvasRatio), "the full panel");
        assertEquals(List.of(), browser.pageErrors(), "page logged no error");
    }

    @Test
    void aTouchScreenGetsFingerSizedButtonsInTheWideLayoutToo() throws Exception {
        // A tablet or touch laptop: the wide layout, but the page's main pointer is a finger.
        browser.emulate(1280, 800, 1);
        browser.driver().executeCdpCommand("Emulation.setTouchEmulationEnabled",
                Map.of("enabled", true, "maxTouchPoints", 5));
        try {
            browser.load("paused=1", 10);
            assertEquals(Boolean.TRUE, browser.script("return matchMedia('(pointer: coarse)').matches;"),
                    "Chromium reports a coarse pointer under touch emulation");
            Map<String, Object> ui = browser.ui();
            assertEquals(Boolean.FALSE, ui.get("narrow"), "1280x800 keeps the wide layout");
            assertEquals(MIN_TARGET_CSS, ((Number) ui.get("touchTarget")).doubleValue(), 0.01);
            browser.saveCanvas(new File(OUT, "browser-touch-1280x800.png"));
            assertEquals(List.of(), targetProblems(new CanvasControls(browser).all(), 1.0),
                    "every control of the wide layout is finger-sized");
        } finally {
            browser.driver().executeCdpCommand("Emulation.setTouchEmulationEnabled", Map.of("enabled", false));
        }
    }

    /** Targets under 44 CSS px on a side, or whose label is wider than the room it has. */
    private static List<String> targetProblems(List<CanvasControls.Control> controls, double canvasRatio) {
        List<String> problems = new ArrayList<>();
        for (CanvasControls.Control c : controls) {
            double w = c.width / canvasRatio;
            double h = c.height / canvasRatio;
            if (w < MIN_TARGET_CSS - 0.5 || h < MIN_TARGET_CSS - 0.5) {
                problems.add(c + " is " + Math.round(w) + "x" + Math.round(h) + " CSS px");
            }
            if (c.textWidth > c.textRoom + 1) {
                problems.add(c + " label " + c.textWidth + " px wide in " + c.textRoom + " px");
            }
        }
        return problems;
    }
}
