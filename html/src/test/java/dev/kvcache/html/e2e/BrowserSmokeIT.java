package dev.kvcache.html.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kvcache.desktop.e2e.SceneChecks;
import java.awt.image.BufferedImage;
import java.io.File;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.interactions.Actions;

/** The browser build in headless Chromium: it draws, shows the die, logs no error and takes keys. */
class BrowserSmokeIT {
    private static final File OUT = BrowserSession.OUT;

    @Test
    void pageDrawsTheSceneAndHandlesAKey() throws Exception {
        try (BrowserSession browser = BrowserSession.open(1600, 1000)) {
            browser.load("", 30);
            BufferedImage canvas = browser.saveCanvas(new File(OUT, "browser-1600x1000.png"));

            assertEquals(1600, canvas.getWidth(), "canvas fills the window's width");
            assertEquals(1000, canvas.getHeight(), "canvas fills the window's height");
            assertEquals(List.of(), SceneChecks.problems(canvas), "scene drawn in the canvas");
            double[] rect = browser.canvasRect();
            assertEquals(0.0, rect[1], 0.5, "the canvas starts at the top of the page, not below the fold");
            assertEquals(1000.0, rect[3], 0.5, "the canvas fills the window's height");
            BufferedImage page = browser.savePageScreenshot(new File(OUT, "browser-page-1600x1000.png"));
            assertEquals(List.of(), SceneChecks.problems(page), "what the browser window shows");

            assertFalse((Boolean) browser.script("return window.kvcache.paused();"), "starts playing");
            new Actions(browser.driver()).moveToElement(browser.driver().findElement(By.tagName("canvas")))
                    .click().sendKeys(Keys.SPACE).perform();
            browser.waitUntil("Space pauses", Duration.ofSeconds(10),
                    d -> (Boolean) browser.script("return window.kvcache.paused();"));

            assertEquals(List.of(), browser.pageErrors(), "page logged no error");
        }
    }

    @Test
    @SuppressWarnings("unchecked")
    void banksShowWhatTheStateSays() throws Exception {
        try (BrowserSession browser = BrowserSession.open(1600, 1000)) {
            for (int flash = 0; flash <= 1; flash++) {
                // One GPU: without FlashAttention a second would hold the workspace, and the cluster would show.
                browser.load("model=llama-3.1-8b&gpu=h100&gpus=1&batch=4&context=128K&tokens=65536&paused=1&pa=1&seed=1"
                        + "&speed=1&weights=1&fa=" + flash, 60);
                Thread.sleep(1000); // colours ease over 0.25 s
                Map<String, Object> view = (Map<String, Object>) browser.script("return window.kvcache.view();");
                BufferedImage canvas = browser.saveCanvas(new File(OUT, "browser-banks-fa" + flash + ".png"));
                assertEquals(List.of(), SceneChecks.bankProblems(canvas, view), "fa=" + flash + " " + view);
            }
            assertEquals(List.of(), browser.pageErrors(), "page logged no error");
        }
    }

    @Test
    void smallPortraitWindowStillDrawsTheDie() throws Exception {
        try (BrowserSession browser = BrowserSession.open(360, 640)) {
            browser.load("", 20);
            BufferedImage canvas = browser.saveCanvas(new File(OUT, "browser-360x640.png"));
            assertEquals(360, canvas.getWidth(), "canvas width on a phone");
            assertTrue(SceneChecks.dieEdgePixels(canvas) > 40, "die drawn in a phone-sized window");
            assertEquals(List.of(), browser.pageErrors(), "page logged no error");
        }
    }
}
