package dev.kvcache.html.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.interactions.Actions;

/**
 * The controls in headless Chromium, one browser for all checks: links with parameters (the
 * original's exact one and broken ones) read back through {@code window.kvcache.state()}, keys,
 * the JavaScript setters, and synthetic touch gestures sent through the DevTools protocol.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ControlsIT {
    private static final File OUT = BrowserSession.OUT;
    private static final Duration WAIT = Duration.ofSeconds(15);
    private static BrowserSession browser;

    @BeforeAll
    static void open() throws Exception {
        browser = BrowserSession.open(1280, 800);
    }

    @AfterAll
    static void close() {
        if (browser != null) {
            browser.close();
        }
    }

    private static void waitFor(String what, java.util.function.Predicate<Map<String, Object>> condition) {
        browser.waitUntil(what, WAIT, d -> condition.test(browser.state()));
    }

    private static long number(Map<String, Object> s, String name) {
        return ((Number) s.get(name)).longValue();
    }

    @Test
    @Order(1)
    void theOriginalsLinkWorksAsWritten() {
        browser.load("model=llama-70b&context=1000000&batch=4&gpu=h100&cb=1&pa=1&fa=1", 5);
        Map<String, Object> s = browser.state();
        assertEquals("llama-3.1-70b", s.get("model"));
        assertEquals("h100", s.get("gpu"));
        assertEquals(1_000_000L, number(s, "context"));
        assertEquals(4L, number(s, "batch"));
        assertEquals(true, s.get("cb"));
        assertEquals(true, s.get("pa"));
        assertEquals(true, s.get("fa"));
        assertEquals(List.of(), s.get("notices"));
        assertTrue(number(s, "usedBytes") > 0, "memory figures: " + s);
        assertTrue(s.containsKey("kvPrecision") && s.containsKey("precision") && s.containsKey("weights"));
    }

    @Test
    @Order(2)
    void theOtherNamesAreRead() {
        browser.load("model=mixtral-8x7b&gpu=mi300x&speed=10&precision=fp8&kv=int4&weights=0&gpus=8&tokens=5000"
                + "&seed=7&paused=1", 5);
        Map<String, Object> s = browser.state();
        assertEquals(10.0, ((Number) s.get("speed")).doubleValue());
        assertEquals("FP8", s.get("precision"));
        assertEquals("INT4", s.get("kv"));
        assertEquals("INT4", s.get("kvPrecision"), "the old field stays for scripts");
        assertEquals(false, s.get("weights"));
        assertEquals("8", s.get("gpus"));
        assertEquals(7L, number(s, "seed"));
        assertEquals(true, s.get("paused"));
        assertEquals(5000L, number(s, "tokens"));
    }

    @Test
    @Order(3)
    void keysChangeTheState() {
        browser.load("model=llama-3.1-8b&gpu=h100&batch=8&fa=1&speed=1&weights=1", 5);
        new Actions(browser.driver()).moveToElement(browser.driver().findElement(By.tagName("canvas")))
                .click().perform();
        Map<String, Object> before = browser.state();
        assertEquals(false, before.get("paused"), "a mouse click on the scene is not a tap");
        send(" ");
        waitFor("Space pauses", s -> Boolean.TRUE.equals(s.get("paused")));
        send("m");
        waitFor("M: next model", s -> !"llama-3.1-8b".equals(s.get("model")));
        shifted("m");
        waitFor("Shift+M: back", s -> "llama-3.1-8b".equals(s.get("model")));
        send("b");
        waitFor("B: batch 16", s -> number(s, "batch") == 16);
        shifted("b");
        waitFor("Shift+B: batch 8", s -> number(s, "batch") == 8);
        send("3");
        waitFor("3: FlashAttention off", s -> Boolean.FALSE.equals(s.get("fa")));
        send("d");
        waitFor("D: next device with its defaults", s -> "h200".equals(s.get("gpu")) && Boolean.TRUE.equals(s.get("fa")));
        send(Keys.ARROW_RIGHT);
        waitFor("Right: faster", s -> ((Number) s.get("speed")).doubleValue() == 2.0);
        send("w");
        waitFor("W: weights hidden", s -> Boolean.FALSE.equals(s.get("weights")));
        send("u");
        browser.waitUntil("U: training budget", WAIT, d -> "TRAINING".equals(browser.script("return window.kvcache.view().budget;")));
        clickBudgetBar();
        browser.waitUntil("a click on the bar: serving again", WAIT,
                d -> "SERVING".equals(browser.script("return window.kvcache.view().budget;")));
        send("h");
        browser.waitUntil("H: help", WAIT, d -> "HELP".equals(browser.script("return window.kvcache.overlay();")));
        send(Keys.ESCAPE);
        browser.waitUntil("Esc closes", WAIT, d -> "NONE".equals(browser.script("return window.kvcache.overlay();")));
        send("n");
        browser.waitUntil("N: every notice", WAIT, d -> "NOTICES".equals(browser.script("return window.kvcache.overlay();")));
        send(Keys.ESCAPE);
        browser.waitUntil("Esc closes the notices", WAIT, d -> "NONE".equals(browser.script("return window.kvcache.overlay();")));
        send("l");
        browser.waitUntil("L puts the link in the address bar", WAIT,
                d -> String.valueOf(browser.script("return window.location.search;")).contains("gpu=h200"));
    }

    @Test
    @Order(4)
    void theOriginalsSettersWork() {
        browser.script("var k = window.kvcache; k.setModel('llama-70b'); k.setDevice('mi300x'); k.setBatchSize(16);"
                + " k.setFlashAttention(true); k.setFlashAttention('no'); k.setAnimationSpeed(10);"
                + " k.setCurrentTokens(100000);");
        waitFor("setters applied at the next frame", s -> "llama-3.1-70b".equals(s.get("model"))
                && "mi300x".equals(s.get("gpu")) && number(s, "batch") == 16 && Boolean.FALSE.equals(s.get("fa"))
                && ((Number) s.get("speed")).doubleValue() == 10.0 && number(s, "tokens") >= 100_000);
        assertEquals(false, browser.script("return window.kvcache.setFlashAttention('maybe');"), "neither on nor off");
    }

    @Test
    @Order(5)
    void touchGesturesDriveTheSameActions() throws Exception {
        browser.load("model=llama-3.1-8b&gpu=h100&speed=1&paused=0", 5);
        browser.driver().executeCdpCommand("Emulation.setTouchEmulationEnabled", Map.of("enabled", true, "maxTouchPoints", 5));
        long w = ((Number) browser.script("return document.querySelector('canvas').getBoundingClientRect().width;")).longValue();
        long h = ((Number) browser.script("return document.querySelector('canvas').getBoundingClientRect().height;")).longValue();
        double cx = w * 0.45;
        double cy = h * 0.5;
        touch("touchStart", point(cx, cy));
        touch("touchEnd");
        waitFor("tap pauses", s -> Boolean.TRUE.equals(s.get("paused")));
        Thread.sleep(500); // not a double tap
        // Moves are synthetic TouchEvents timed in the page: a CDP round trip per move takes ~200 ms
        // on a busy machine, too slow for a fling.
        gesture(new double[][] {{cx + 200, cy}}, new double[][] {{-60, 0}}, 8);
        waitFor("swipe left: next model", s -> !"llama-3.1-8b".equals(s.get("model")));
        Thread.sleep(500);
        gesture(new double[][] {{cx - 40, cy}, {cx + 40, cy}}, new double[][] {{-25, 0}, {25, 0}}, 10);
        waitFor("pinch out: faster", s -> ((Number) s.get("speed")).doubleValue() > 1.0);
        Thread.sleep(500);
        browser.script("window.kvcache.run('step'); window.kvcache.run('step');");
        waitFor("stepped", s -> number(s, "tick") >= 2);
        touch("touchStart", point(cx, cy));
        Thread.sleep(1800);
        touch("touchEnd");
        waitFor("long press resets", s -> number(s, "tick") == 0);
        browser.saveCanvas(new File(OUT, "browser-controls-1280x800.png"));
        assertEquals(List.of(), browser.pageErrors(), "page logged no error");
    }

    @Test
    @Order(6)
    void brokenLinksStillStartWithNotices() {
        String[] links = {
            "model=%25%25%25&batch=999&context=abc&gpu=&fa=2&speed=-1&tokens=1e99&paused=perhaps&foo=bar",
            "&&==&model&=x&batch=&context=100M&gpus=-3&kv=mxfp4&seed=9999999999999999999999",
            "x=%FF&model=%E2%82&gpu=%C3&batch=%zz",
            "model=llama-3.1-8c&gpu=h10&context=5&precision=%E2%98%83",
        };
        for (String link : links) {
            browser.load(link, 5);
            Map<String, Object> s = browser.state();
            assertTrue(number(s, "batch") >= 1 && number(s, "batch") <= 32, link);
            assertTrue(number(s, "context") >= 16 && number(s, "context") <= 100_000_000L, link);
            assertFalse(((List<?>) s.get("notices")).isEmpty(), "notices for " + link);
        }
        Map<String, Object> last = browser.state();
        assertEquals("llama-3.1-8b", last.get("model"));
        assertEquals("h100", last.get("gpu"));
        assertEquals(List.of(), browser.pageErrors(), "page logged no error");
    }

    /** Clicks the middle of the memory budget bar, where the view says it is. */
    private static void clickBudgetBar() {
        List<?> area = (List<?>) browser.script("return window.kvcache.view().budgetArea;");
        int x = ((Number) area.get(0)).intValue() + ((Number) area.get(2)).intValue() / 2;
        int y = ((Number) area.get(1)).intValue() + ((Number) area.get(3)).intValue() / 2;
        org.openqa.selenium.WebElement canvas = browser.driver().findElement(By.tagName("canvas"));
        Number canvasWidth = (Number) browser.script("return document.querySelector('canvas').getBoundingClientRect().width;");
        Number canvasHeight = (Number) browser.script("return document.querySelector('canvas').getBoundingClientRect().height;");
        new Actions(browser.driver()).moveToElement(canvas, x - canvasWidth.intValue() / 2, y - canvasHeight.intValue() / 2)
                .click().perform();
    }

    /** Shift held down around a key, as a person types it (a chord may send the capital alone). */
    private static void shifted(String key) {
        new Actions(browser.driver()).keyDown(Keys.SHIFT).sendKeys(key).keyUp(Keys.SHIFT).perform();
    }

    private static void send(CharSequence keys) {
        new Actions(browser.driver()).sendKeys(keys).perform();
    }

    private static Map<String, Object> point(double x, double y) {
        return Map.of("x", x, "y", y);
    }

    /**
     * Dispatches synthetic TouchEvents on the canvas from inside the page, one step every 16 ms:
     * fingers start at {@code starts} and move by {@code steps} per step for {@code count} steps.
     */
    private static void gesture(double[][] starts, double[][] steps, int count) throws InterruptedException {
        StringBuilder fingers = new StringBuilder("[");
        for (int i = 0; i < starts.length; i++) {
            fingers.append(i == 0 ? "" : ",").append('[').append(starts[i][0]).append(',').append(starts[i][1])
                    .append(',').append(steps[i][0]).append(',').append(steps[i][1]).append(']');
        }
        fingers.append(']');
        browser.script("var f = " + fingers + ", n = " + count + ", c = document.querySelector('canvas');"
                + "function touches(k) { return f.map(function(p, i) { return new Touch({identifier: 40 + i,"
                + " target: c, clientX: p[0] + p[2] * k, clientY: p[1] + p[3] * k}); }); }"
                + "function fire(type, k) { var t = touches(k); c.dispatchEvent(new TouchEvent(type, {bubbles: true,"
                + " cancelable: true, touches: type === 'touchend' ? [] : t, targetTouches: type === 'touchend' ? [] : t,"
                + " changedTouches: t})); }"
                + "fire('touchstart', 0); var k = 0;"
                + "var timer = setInterval(function() { k++; if (k <= n) { fire('touchmove', k); }"
                + " else { clearInterval(timer); fire('touchend', n); } }, 16);");
        Thread.sleep(16L * (count + 4) + 400);
    }

    @SafeVarargs
    private static void touch(String type, Map<String, Object>... points) {
        List<Map<String, Object>> list = new ArrayList<>(List.of(points));
        browser.driver().executeCdpCommand("Input.dispatchTouchEvent", Map.of("type", type, "touchPoints", list));
        Objects.requireNonNull(type);
    }
}
