package dev.kvcache.html.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.interactions.Actions;

/**
 * Idle is free in the browser: paused, once the scene is at rest the page stops its frame loop (no
 * frames drawn, no requestAnimationFrame callbacks at all, {@code window.kvcache.idle()} true), and a
 * key press or play brings frames back at once.
 */
class IdleIT {
    private static final Duration WAIT = Duration.ofSeconds(30);

    private static double frames(BrowserSession browser) {
        return browser.number("return window.kvcache.frames();");
    }

    private static double animationFrames(BrowserSession browser) {
        return browser.number("return window.__animationFrames;");
    }

    private static boolean idle(BrowserSession browser) {
        return Boolean.TRUE.equals(browser.script("return window.kvcache.idle();"));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> state(BrowserSession browser) {
        return (Map<String, Object>) browser.script("return window.kvcache.state();");
    }

    private static void send(BrowserSession browser, CharSequence keys) {
        new Actions(browser.driver()).sendKeys(keys).perform();
    }

    @Test
    void aPausedPageStopsItsFrameLoopUntilAKeyOrPlay() throws Exception {
        try (BrowserSession browser = BrowserSession.open(1280, 800)) {
            browser.load("model=llama-3.1-8b&gpu=h100&batch=8&speed=1&paused=1", 5);
            // A click gives the canvas the keyboard (on the scene, a mouse click is not a tap).
            new Actions(browser.driver()).moveToElement(browser.driver().findElement(By.tagName("canvas"))).click()
                    .perform();
            browser.waitUntil("the paused scene comes to rest: idle", WAIT, d -> idle(browser));
            // Counts the animation-frame callbacks from now on (the loop looks the function up each time).
            browser.script("window.__animationFrames = 0; var ask = window.requestAnimationFrame.bind(window);"
                    + " window.requestAnimationFrame = function(callback) {"
                    + " return ask(function(t) { window.__animationFrames++; callback(t); }); };");
            double idleFrames = frames(browser);
            // Room for the frames that must not come: a running loop would add dozens in two seconds.
            Thread.sleep(2000);
            assertTrue(frames(browser) - idleFrames <= 2, "no frames drawn while idle (a timed wake at most): "
                    + idleFrames + " then " + frames(browser));
            assertTrue(animationFrames(browser) <= 2, "no animation frames asked for: " + animationFrames(browser));

            send(browser, "b");
            browser.waitUntil("B sets the next batch size", WAIT,
                    d -> ((Number) state(browser).get("batch")).longValue() != 8);
            assertTrue(frames(browser) > idleFrames, "the key was drawn at once");

            double beforePlay = frames(browser);
            double askedBeforePlay = animationFrames(browser);
            send(browser, " ");
            browser.waitUntil("play draws every frame", WAIT, d -> frames(browser) >= beforePlay + 30);
            assertEquals(false, browser.script("return window.kvcache.paused();"));
            assertEquals(false, idle(browser), "playing is never idle");
            assertTrue(animationFrames(browser) >= askedBeforePlay + 30,
                    "each drawn frame came from an animation frame");

            send(browser, " ");
            browser.waitUntil("paused again, the scene settles and the loop stops", WAIT,
                    d -> Boolean.TRUE.equals(browser.script("return window.kvcache.paused();")) && idle(browser));
            assertEquals(List.of(), browser.pageErrors(), "page logged no error");
        }
    }
}
