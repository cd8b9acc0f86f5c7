package dev.kvcache.html.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
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
 * Beyond the canvas: paper references that open the paper, reduced motion from the browser's
 * setting (and Shift+R), and the live region that tells screen readers the scenario and verdict.
 */
class AccessibleWebIT {
    private static final File OUT = BrowserSession.OUT;
    private static final Duration WAIT = Duration.ofSeconds(20);
    /** The default scenario (continuous batching and FlashAttention on, paging off, a GQA model) cites these. */
    private static final List<String> DEFAULT_PAPERS = List.of(
            "https://www.usenix.org/conference/osdi22/presentation/yu", "https://arxiv.org/abs/2205.14135",
            "https://arxiv.org/abs/2307.08691", "https://arxiv.org/abs/2305.13245");

    @SuppressWarnings("unchecked")
    private static Map<String, Object> state(BrowserSession browser) {
        return (Map<String, Object>) browser.script("return window.kvcache.state();");
    }

    private static String liveRegion(BrowserSession browser) {
        return String.valueOf(browser.script("return document.getElementById('kvcache-status').textContent;"));
    }

    /** Replaces window.open with a recorder, as a test cannot follow a real new tab. */
    private static void recordOpenedTabs(BrowserSession browser) {
        browser.script("window.__opened = []; window.open = function(url, target) {"
                + " window.__opened.push(url + ' ' + target); return {}; };");
    }

    private static List<?> opened(BrowserSession browser) {
        return (List<?>) browser.script("return window.__opened;");
    }

    /** Clicks the middle of {@code area} ([x, y from top, width, height] in window pixels). */
    private static void clickAt(BrowserSession browser, List<?> area) {
        int x = ((Number) area.get(0)).intValue() + ((Number) area.get(2)).intValue() / 2;
        int y = ((Number) area.get(1)).intValue() + ((Number) area.get(3)).intValue() / 2;
        WebElement canvas = browser.driver().findElement(By.tagName("canvas"));
        double[] rect = browser.canvasRect();
        new Actions(browser.driver()).moveToElement(canvas, x - (int) rect[2] / 2, y - (int) rect[3] / 2)
                .click().perform();
    }

    @Test
    @SuppressWarnings("unchecked")
    void clickingAPaperReferenceOpensThePaper() throws Exception {
        try (BrowserSession browser = BrowserSession.open(1600, 1000)) {
            browser.load("model=llama-3.1-8b&gpu=h100&cb=1&pa=0&fa=1", 10);
            List<Map<String, Object>> papers = (List<Map<String, Object>>) browser.script(
                    "return window.kvcache.view().papers;");
            assertEquals(DEFAULT_PAPERS.size(), papers.size(), "references drawn: " + papers);
            for (int i = 0; i < papers.size(); i++) {
                assertEquals(DEFAULT_PAPERS.get(i), papers.get(i).get("url"));
            }
            browser.saveCanvas(new File(OUT, "browser-papers-1600x1000.png"));
            recordOpenedTabs(browser);

            clickAt(browser, (List<?>) papers.get(0).get("area"));
            browser.waitUntil("a click opens Orca's page", WAIT, d -> opened(browser).size() == 1);
            clickAt(browser, (List<?>) papers.get(3).get("area"));
            browser.waitUntil("a click opens GQA's page", WAIT, d -> opened(browser).size() == 2);
            assertEquals(List.of(DEFAULT_PAPERS.get(0) + " _blank", DEFAULT_PAPERS.get(3) + " _blank"), opened(browser));
            assertEquals(false, browser.script("return window.kvcache.paused();"), "a click on a link is not a tap on the scene");
            assertTrue(state(browser).get("notices").toString().contains("opened " + DEFAULT_PAPERS.get(3)),
                    state(browser).toString());

            // The keyboard: O focuses the next reference, Shift+O opens it.
            new Actions(browser.driver()).sendKeys("o").sendKeys("o").perform();
            browser.waitUntil("O twice focuses the second paper", WAIT,
                    d -> state(browser).get("notices").toString().contains("paper 2 of 4: FlashAttention (NeurIPS'22"));
            new Actions(browser.driver()).keyDown(Keys.SHIFT).sendKeys("o").keyUp(Keys.SHIFT).perform();
            browser.waitUntil("Shift+O opens the focused paper", WAIT, d -> opened(browser).size() == 3);
            assertEquals(DEFAULT_PAPERS.get(1) + " _blank", opened(browser).get(2));
            browser.saveCanvas(new File(OUT, "browser-papers-focused-1600x1000.png"));
            assertEquals(List.of(), browser.pageErrors(), "page logged no error");
        }
    }

    @Test
    void theLiveRegionStatesTheScenarioAndChangesOnlyWithIt() throws Exception {
        try (BrowserSession browser = BrowserSession.open(1280, 800)) {
            browser.load("model=llama-3.1-8b&gpu=h100&batch=8&context=128K&gpus=auto", 10);
            assertEquals("polite", browser.script("return document.getElementById('kvcache-status').getAttribute('aria-live');"));
            String said = liveRegion(browser);
            assertTrue(said.startsWith("Llama-3.1-8B on H100 SXM 80GB, batch 8 at 128K tokens: fits on 2 GPUs, "), said);
            List<?> size = (List<?>) browser.script("var r = document.getElementById('kvcache-status').getBoundingClientRect();"
                    + " return [r.width, r.height];");
            assertTrue(((Number) size.get(0)).doubleValue() <= 1 && ((Number) size.get(1)).doubleValue() <= 1,
                    "read, never drawn: " + size);

            // Not rewritten every frame: a screen reader would repeat it.
            browser.script("window.__writes = 0; new MutationObserver(function(m) { window.__writes += m.length; })"
                    + ".observe(document.getElementById('kvcache-status'), {childList: true, characterData: true, subtree: true});");
            double frames = browser.number("return window.kvcache.frames();");
            browser.waitUntil("30 more frames", WAIT, d -> browser.number("return window.kvcache.frames();") >= frames + 30);
            assertEquals(0.0, browser.number("return window.__writes;"), "the region is left alone while nothing changes");

            browser.script("window.kvcache.setModel('mistral-7b');");
            browser.waitUntil("the region names the new model", WAIT,
                    d -> liveRegion(browser).startsWith("Mistral-7B on H100 SXM 80GB, batch 8 at 128K tokens: "));
            assertNotEquals(said, liveRegion(browser));
            assertEquals(List.of(), browser.pageErrors(), "page logged no error");
        }
    }

    @Test
    void reducedMotionStopsTheSceneButNotTheSimulation() throws Exception {
        try (BrowserSession browser = BrowserSession.open(1280, 800)) {
            browser.driver().executeCdpCommand("Emulation.setEmulatedMedia", Map.of("features",
                    List.of(Map.of("name", "prefers-reduced-motion", "value", "reduce"))));
            browser.load("model=llama-3.1-8b&gpu=h100&fa=1&speed=10", 10);
            assertEquals(true, state(browser).get("reducedMotion"), "prefers-reduced-motion: reduce");
            long tick = ((Number) state(browser).get("tick")).longValue();
            browser.waitUntil("the simulation still ticks", WAIT,
                    d -> ((Number) state(browser).get("tick")).longValue() > tick + 10);

            // Paused, a reduced scene holds still: nothing is left to settle, so the page stops drawing.
            List<?> scene = (List<?>) browser.script("return window.kvcache.view().scene;");
            browser.script("window.kvcache.press('PLAY_PAUSE');");
            browser.waitUntil("paused, and nothing moving: the page stops drawing", WAIT,
                    d -> Boolean.TRUE.equals(browser.script(
                            "return window.kvcache.paused() && window.kvcache.idle();")));

            long pausedAt = ((Number) state(browser).get("tick")).longValue();
            new Actions(browser.driver()).keyDown(Keys.SHIFT).sendKeys("r").keyUp(Keys.SHIFT).perform();
            browser.waitUntil("Shift+R brings motion back", WAIT, d -> Boolean.FALSE.equals(state(browser).get("reducedMotion")));
            assertEquals(pausedAt, ((Number) state(browser).get("tick")).longValue(), "Shift+R is not R: no reset");
            // With full motion the waves and tiles move while playing (paused, they come to rest).
            browser.script("window.kvcache.press('PLAY_PAUSE');");
            int moving = changedPixels(browser, scene);
            assertTrue(moving > 500, "full motion: the waves move, pixels changed: " + moving);

            // The system's preference changes (to no preference, then back to reduce): followed again.
            browser.driver().executeCdpCommand("Emulation.setEmulatedMedia", Map.of("features",
                    List.of(Map.of("name", "prefers-reduced-motion", "value", "no-preference"))));
            browser.waitUntil("the page sees no preference", WAIT, d -> Boolean.FALSE.equals(browser.script(
                    "return matchMedia('(prefers-reduced-motion: reduce)').matches;")));
            double seen = browser.number("return window.kvcache.frames();");
            browser.waitUntil("the app saw it", WAIT, d -> browser.number("return window.kvcache.frames();") >= seen + 3);
            assertEquals(false, state(browser).get("reducedMotion"));
            browser.driver().executeCdpCommand("Emulation.setEmulatedMedia", Map.of("features",
                    List.of(Map.of("name", "prefers-reduced-motion", "value", "reduce"))));
            browser.waitUntil("a new system preference is followed", WAIT,
                    d -> Boolean.TRUE.equals(state(browser).get("reducedMotion")));
            assertEquals(List.of(), browser.pageErrors(), "page logged no error");
        }
    }

    /** Pixels of the scene rectangle that differ between two frames about half a second apart. */
    private static int changedPixels(BrowserSession browser, List<?> scene) throws Exception {
        double frames = browser.number("return window.kvcache.frames();");
        browser.waitUntil("a frame", WAIT, d -> browser.number("return window.kvcache.frames();") >= frames + 2);
        BufferedImage before = browser.canvasPixels();
        double later = browser.number("return window.kvcache.frames();");
        browser.waitUntil("more frames", WAIT, d -> browser.number("return window.kvcache.frames();") >= later + 15);
        BufferedImage after = browser.canvasPixels();
        int x0 = ((Number) scene.get(0)).intValue();
        int y0 = ((Number) scene.get(1)).intValue();
        int changed = 0;
        for (int y = y0; y < y0 + ((Number) scene.get(3)).intValue() && y < before.getHeight(); y++) {
            for (int x = x0; x < x0 + ((Number) scene.get(2)).intValue() && x < before.getWidth(); x++) {
                changed += before.getRGB(x, y) == after.getRGB(x, y) ? 0 : 1;
            }
        }
        return changed;
    }
}
