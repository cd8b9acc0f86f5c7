package dev.kvcache.html.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * Issue 15's techniques in headless Chromium: an eviction link bounds the cache the banks draw and
 * the state reports, a bad one earns its one-line notice, the speculative draft's control changes
 * the scene's draft, and the time model's two efficiency steppers change its shares (issue 14).
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class TechniquesIT {
    private static final File OUT = BrowserSession.OUT;
    private static final Duration WAIT = Duration.ofSeconds(15);
    /** Llama-3.1-8B at BF16: 2 x 32 layers x 8 KV heads x 128 x 2 B. */
    private static final long KV_BYTES_PER_TOKEN = 131_072;
    private static BrowserSession browser;

    @BeforeAll
    static void open() throws Exception {
        browser = BrowserSession.open(1600, 1000);
    }

    @AfterAll
    static void close() {
        if (browser != null) {
            browser.close();
        }
    }

    private static long number(Map<String, Object> s, String name) {
        return ((Number) s.get(name)).longValue();
    }

    private static long kvStripes() {
        return ((Number) browser.script("return window.kvcache.view().kvStripes;")).longValue();
    }

    private static final String SCENE = "model=llama-3.1-8b&gpu=h100&batch=4&context=128K&gpus=1&pa=1&tokens=60000&paused=1";

    @Test
    @Order(1)
    void aWindowLinkBoundsTheCacheTheBanksDraw() throws Exception {
        browser.load(SCENE, 5);
        Map<String, Object> all = browser.state();
        long allStripes = kvStripes();
        browser.load(SCENE + "&evict=window:4096", 5);
        Map<String, Object> bounded = browser.state();
        browser.saveCanvas(new File(OUT, "evict-window-4096.png"));
        assertEquals("window:4096", bounded.get("evict"));
        assertEquals(List.of(), bounded.get("notices"));
        assertEquals(60_000L, number(bounded, "tokens"), "the sequences ran on past the window");
        // Four sequences keep 4 sinks + 4,096 recent tokens each, in 16-token pages: 4 x 4,112 tokens at most.
        long kv = number(bounded, "kvUsedBytes");
        assertTrue(kv > 0 && kv <= 4 * 4_112 * KV_BYTES_PER_TOKEN, "bounded cache " + kv + " B: " + bounded);
        assertTrue(number(all, "kvUsedBytes") > 10 * kv, "unbounded " + all.get("kvUsedBytes") + " B against " + kv);
        // The banks draw what the state counts: far fewer KV stripes under the window.
        long stripes = kvStripes();
        assertTrue(stripes > 0 && stripes * 10 < allStripes, "KV stripes " + stripes + " bounded, " + allStripes + " not");
    }

    @Test
    @Order(2)
    void aBadBoundKeepsThePolicyAndSaysSoInOneLine() {
        // The page saved the window of the link before: a bad bound keeps that one, and says so.
        browser.load(SCENE + "&evict=window:abc", 5);
        Map<String, Object> s = browser.state();
        assertEquals("window:4096", s.get("evict"));
        assertEquals(List.of("evict 'window:abc' refused (evict window:N needs a whole number of tokens); kept window:4096"),
                s.get("notices"));
        assertEquals(List.of(), browser.pageErrors(), "page logged no error");
    }

    @Test
    @Order(3)
    void theDraftControlChangesTheScenesDraft() throws Exception {
        browser.load("model=llama-3.1-8b&gpu=h100&batch=4&context=32K&paused=1", 5);
        assertEquals("none", browser.state().get("draft"));
        CanvasControls controls = new CanvasControls(browser);
        CanvasControls.Control draft = controls.named("draft");
        assertTrue(draft.inView, "the draft control shows at 1600x1000: " + draft);
        assertTrue(draft.text.contains("off"), draft.toString());
        controls.click(draft);
        browser.waitUntil("a click sets the draft", WAIT, d -> "llama-3.2-1b".equals(browser.state().get("draft")));
        Map<String, Object> s = browser.state();
        assertTrue(number(s, "draftBytesPerGpu") > 2_400_000_000L, "Llama-3.2-1B's weights at least: " + s);
        assertTrue(String.valueOf(s.get("link")).contains("draft=llama-3.2-1b"), String.valueOf(s.get("link")));
        browser.waitUntil("the control names the draft", WAIT, d -> controls.named("draft").text.contains("Llama-3.2-1B"));
        browser.saveCanvas(new File(OUT, "draft-llama-3.2-1b.png"));
        controls.click(controls.named("draft"));
        browser.waitUntil("a second click: back to none", WAIT, d -> "none".equals(browser.state().get("draft")));
        assertEquals(List.of(), browser.pageErrors(), "page logged no error");
    }

    @Test
    @Order(4)
    void theEfficiencyControlsChangeTheTimeModelsShares() throws Exception {
        browser.load("model=llama-3.1-8b&gpu=h100&batch=4&context=32K&paused=1", 5);
        assertEquals(0.7, ((Number) browser.state().get("bw")).doubleValue(), 0.0);
        CanvasControls controls = new CanvasControls(browser);
        assertEquals("70% of peak", controls.named("bw.value").text);
        controls.click(controls.named("bw.forward"));
        browser.waitUntil("bw up a tenth", WAIT, d -> ((Number) browser.state().get("bw")).doubleValue() == 0.8);
        controls.click(controls.named("flops.back"));
        browser.waitUntil("flops down a tenth", WAIT, d -> ((Number) browser.state().get("flops")).doubleValue() == 0.4);
        browser.waitUntil("the steppers say so", WAIT, d -> controls.named("bw.value").text.equals("80% of peak")
                && controls.named("flops.value").text.equals("40% of peak"));
        assertTrue(String.valueOf(browser.state().get("link")).contains("bw=0.8&flops=0.4"), String.valueOf(browser.state().get("link")));
        browser.saveCanvas(new File(OUT, "efficiency-controls.png"));
        assertEquals(List.of(), browser.pageErrors(), "page logged no error");
    }
}
