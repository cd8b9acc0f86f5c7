package dev.kvcache.html.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.File;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;

/**
 * The model search and the console in headless Chromium, driven by real key events (Selenium
 * Actions on the focused canvas) and taps: typing into either fires no shortcut, Enter or a tap
 * picks a model, the console opens with ` (the key the GWT backend reports as UNKNOWN), runs a
 * command and shows its reply, and closes with Esc and with `; shortcuts work again after.
 */
class TypingIT {
    private static final File OUT = BrowserSession.OUT;
    private static final Duration WAIT = Duration.ofSeconds(20);
    private static final String SCENARIO = "model=llama-3.1-8b&gpu=h100&batch=8&speed=1&paused=1&fa=1&pa=1&context=128K";
    /** The model search's highlighted row ({@code UiSkin.BUTTON_ON}), opaque. */
    private static final int HIGHLIGHT = 0x1d5f7a;

    @Test
    void modelSearchAndConsoleTakeTypedText() throws Exception {
        try (BrowserSession browser = BrowserSession.open(1600, 1000)) {
            browser.load(SCENARIO, 5);
            focusCanvas(browser);
            send(browser, "t");
            waitForOverlay(browser, "MODELS", "T opens the model search");
            // g GPUs, m model, a, 3 FlashAttention: each also a shortcut.
            send(browser, "gemma");
            waitFrames(browser, 3);
            assertUnchanged(browser, "llama-3.1-8b", "typing gemma into the search");
            browser.savePageScreenshot(new File(OUT, "browser-model-search-1600x1000.png"));
            // - slower, 2 paging, 7, b batch.
            send(browser, "-3-27b");
            waitFrames(browser, 3);
            assertUnchanged(browser, "llama-3.1-8b", "typing gemma-3-27b into the search");
            assertEquals("MODELS", overlay(browser), "still open: the first letter no longer picks");
            send(browser, Keys.ENTER);
            browser.waitUntil("Enter picks Gemma-3-27B", WAIT, d -> "gemma-3-27b".equals(state(browser).get("model")));
            waitForOverlay(browser, "NONE", "the search closes after the pick");
            assertUnchanged(browser, "gemma-3-27b", "after Enter");

            // M is the next-model key: typed into the search it only filters.
            send(browser, "t");
            waitForOverlay(browser, "MODELS", "T opens the search again");
            send(browser, "m");
            waitFrames(browser, 3);
            assertUnchanged(browser, "gemma-3-27b", "m typed into the search");
            send(browser, Keys.ENTER);
            browser.waitUntil("Enter picks the first match for m", WAIT,
                    d -> "mistral-7b".equals(state(browser).get("model")));
            waitForOverlay(browser, "NONE", "closed");

            send(browser, "`");
            waitForOverlay(browser, "CONSOLE", "` opens the console");
            // b batch, a, t model search, c context, h help, space play, = faster, 4.
            send(browser, "batch = 4");
            send(browser, Keys.ENTER);
            browser.waitUntil("the console ran batch = 4", WAIT, d -> number(state(browser), "batch") == 4);
            waitFrames(browser, 3);
            Map<String, Object> after = state(browser);
            assertEquals("CONSOLE", overlay(browser), "no shortcut closed or replaced the console");
            assertEquals(true, after.get("paused"), "Space was typed, not pressed");
            assertEquals(1.0, ((Number) after.get("speed")).doubleValue(), "= was typed, not pressed");
            assertEquals(131072L, number(after, "context"), "c was typed, not pressed");
            assertTrue(after.get("notices").toString().contains("> batch = 4: ok"), "the reply: " + after.get("notices"));
            send(browser, "help");
            send(browser, Keys.ENTER);
            browser.waitUntil("help lists the commands", WAIT,
                    d -> state(browser).get("notices").toString().contains("play, pause, step, reset, link, help"));
            waitFrames(browser, 3);
            browser.savePageScreenshot(new File(OUT, "browser-console-1600x1000.png"));
            send(browser, Keys.ESCAPE);
            waitForOverlay(browser, "NONE", "Esc closes the console");
            send(browser, "b");
            browser.waitUntil("closed: B is a shortcut again", WAIT, d -> number(state(browser), "batch") == 8);
            send(browser, "`");
            waitForOverlay(browser, "CONSOLE", "` opens it again");
            send(browser, "`");
            waitForOverlay(browser, "NONE", "` closes it");
            assertEquals(List.of(), browser.pageErrors(), "page logged no error");
        }
    }

    /** On a phone-sized page: a tap on a row picks that model; the console works there too. */
    @Test
    void onAPhoneATapPicksFromTheList() throws Exception {
        try (BrowserSession browser = BrowserSession.open(390, 844)) {
            browser.load(SCENARIO, 5);
            focusCanvas(browser);
            browser.script("window.kvcache.press('MODEL_LIST');");
            waitForOverlay(browser, "MODELS", "the model search opens");
            send(browser, "gemma");
            waitFrames(browser, 3);
            assertUnchanged(browser, "llama-3.1-8b", "typing gemma");
            BufferedImage page = browser.savePageScreenshot(new File(OUT, "browser-model-search-390x844.png"));
            int[] row = highlightedRow(browser.canvasPixels());
            assertTrue(row != null, "a highlighted row in " + page.getWidth() + "x" + page.getHeight());
            browser.driver().executeCdpCommand("Emulation.setTouchEmulationEnabled", Map.of("enabled", true, "maxTouchPoints", 5));
            tap(browser, row[0], row[1]);
            browser.waitUntil("a tap on the first row picks Gemma-2-9B", WAIT,
                    d -> "gemma-2-9b".equals(state(browser).get("model")));
            waitForOverlay(browser, "NONE", "the search closes after the tap");
            assertUnchanged(browser, "gemma-2-9b", "after the tap");

            send(browser, "`");
            waitForOverlay(browser, "CONSOLE", "` opens the console");
            send(browser, "batch = 4");
            send(browser, Keys.ENTER);
            browser.waitUntil("the console ran batch = 4", WAIT, d -> number(state(browser), "batch") == 4);
            send(browser, "link");
            send(browser, Keys.ENTER);
            browser.waitUntil("link shows the scenario's link", WAIT,
                    d -> state(browser).get("notices").toString().contains("> link: ?model=gemma-2-9b"));
            waitFrames(browser, 3);
            browser.savePageScreenshot(new File(OUT, "browser-console-390x844.png"));
            send(browser, Keys.ESCAPE);
            waitForOverlay(browser, "NONE", "Esc closes the console");
            assertEquals(List.of(), browser.pageErrors(), "page logged no error");
        }
    }

    /** Everything but the model as the scenario set it: no shortcut fired. */
    /**
     * On a touch screen the drawn search field has an invisible HTML box over it, so a tap opens the
     * phone's keyboard; what is typed there filters the list, fires no shortcut, and Enter picks.
     */
    @Test
    void aTouchScreenTypesIntoTheSearchThroughTheNativeBox() throws Exception {
        try (BrowserSession browser = BrowserSession.open(390, 844)) {
            browser.driver().executeCdpCommand("Emulation.setTouchEmulationEnabled",
                    Map.of("enabled", true, "maxTouchPoints", 5));
            browser.load(SCENARIO, 5);
            browser.script("window.kvcache.press('MODEL_LIST');");
            waitForOverlay(browser, "MODELS", "the model search opens");
            browser.waitUntil("the native box lies over the search field", WAIT,
                    d -> !d.findElements(By.id("kvcache-text-entry")).isEmpty());
            WebElement box = browser.driver().findElement(By.id("kvcache-text-entry"));
            double[] canvas = browser.canvasRect();
            double boxTop = box.getRect().getY();
            assertTrue(boxTop > canvas[1] && boxTop < canvas[1] + canvas[3] / 2,
                    "the box sits in the upper half of the page, where the field is drawn: " + box.getRect());
            box.click();
            box.sendKeys("gemma-3-27b");
            waitFrames(browser, 3);
            assertUnchanged(browser, "llama-3.1-8b", "typing gemma-3-27b into the native box");
            assertEquals("MODELS", overlay(browser), "still open while typing");
            browser.savePageScreenshot(new File(OUT, "browser-model-search-touch-390x844.png"));
            box.sendKeys(Keys.ENTER);
            browser.waitUntil("Enter picks Gemma-3-27B", WAIT, d -> "gemma-3-27b".equals(state(browser).get("model")));
            waitForOverlay(browser, "NONE", "the search closes after the pick");
            browser.waitUntil("the native box goes with the search", WAIT,
                    d -> d.findElements(By.id("kvcache-text-entry")).isEmpty());
            assertUnchanged(browser, "gemma-3-27b", "after Enter");
            assertEquals(List.of(), browser.pageErrors(), "page logged no error");
        }
    }

    private static void assertUnchanged(BrowserSession browser, String model, String when) {
        Map<String, Object> s = state(browser);
        assertEquals(model, s.get("model"), when);
        assertEquals(8L, number(s, "batch"), when + ": batch");
        assertEquals(1.0, ((Number) s.get("speed")).doubleValue(), when + ": speed");
        assertEquals(true, s.get("paused"), when + ": paused");
        assertEquals(true, s.get("fa"), when + ": FlashAttention");
        assertEquals(true, s.get("pa"), when + ": paging");
        assertEquals("auto", s.get("gpus"), when + ": GPUs");
        assertEquals(131072L, number(s, "context"), when + ": context");
    }

    /** The middle of the highlighted row: of the widest run of its colour, and of that run's column. */
    private static int[] highlightedRow(BufferedImage canvas) {
        int best = 0;
        int bestX = 0;
        int bestY = 0;
        for (int y = 0; y < canvas.getHeight(); y++) {
            int run = 0;
            for (int x = 0; x < canvas.getWidth(); x++) {
                run = isHighlight(canvas, x, y) ? run + 1 : 0;
                if (run > best) {
                    best = run;
                    bestX = x - run / 2;
                    bestY = y;
                }
            }
        }
        if (best < 100) {
            return null;
        }
        int bottom = bestY;
        while (bottom + 1 < canvas.getHeight() && isHighlight(canvas, bestX, bottom + 1)) {
            bottom++;
        }
        return new int[] {bestX, (bestY + bottom) / 2};
    }

    private static boolean isHighlight(BufferedImage canvas, int x, int y) {
        return (canvas.getRGB(x, y) & 0xffffff) == HIGHLIGHT;
    }

    private static void focusCanvas(BrowserSession browser) {
        // A mouse click on the scene is not a tap: it only gives the canvas the keyboard.
        new Actions(browser.driver()).moveToElement(browser.driver().findElement(By.tagName("canvas"))).click().perform();
    }

    private static void tap(BrowserSession browser, int x, int y) {
        Map<String, Object> point = Map.of("x", x, "y", y);
        browser.driver().executeCdpCommand("Input.dispatchTouchEvent", Map.of("type", "touchStart", "touchPoints", List.of(point)));
        browser.driver().executeCdpCommand("Input.dispatchTouchEvent", Map.of("type", "touchEnd", "touchPoints", List.of()));
    }

    private static void send(BrowserSession browser, CharSequence keys) {
        new Actions(browser.driver()).sendKeys(keys).perform();
    }

    /** Waits until {@code count} more frames are drawn: the keys sent before are handled by then. */
    private static void waitFrames(BrowserSession browser, int count) {
        double start = browser.number("return window.kvcache.frames();");
        browser.waitUntil(count + " more frames", WAIT, d -> browser.number("return window.kvcache.frames();") >= start + count);
    }

    private static void waitForOverlay(BrowserSession browser, String overlay, String what) {
        browser.waitUntil(what, WAIT, d -> overlay.equals(overlay(browser)));
    }

    private static String overlay(BrowserSession browser) {
        return String.valueOf(browser.script("return window.kvcache.overlay();"));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> state(BrowserSession browser) {
        return (Map<String, Object>) browser.script("return window.kvcache.state();");
    }

    private static long number(Map<String, Object> s, String name) {
        return ((Number) s.get(name)).longValue();
    }
}
