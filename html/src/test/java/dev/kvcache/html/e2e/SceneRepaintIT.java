package dev.kvcache.html.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.File;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The page keeps its pixels and, while playing, repaints only the scene on most frames (the whole
 * window five times a second, RedrawRule). A frame that repaints only the scene must leave the same
 * image as a whole one: nothing drawn over the scene (the banner, a notice, an overlay) may be lost,
 * and nothing of the scene left behind. And the panels must still follow the simulation.
 */
class SceneRepaintIT {
    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final String PLAYING = "model=llama-3.1-8b&gpu=h100&batch=8&context=131072&speed=50&fa=1&gpus=1";
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

    @Test
    void playingRepaintsMostlyTheSceneAndThePanelsStillFollow() throws Exception {
        browser.emulate(1600, 1000, 1);
        browser.load(PLAYING, 60);
        double frames0 = browser.number("return window.kvcache.frames();");
        double scene0 = browser.number("return window.kvcache.sceneFrames();");
        @SuppressWarnings("unchecked")
        List<Number> panels = ((Map<String, List<Number>>) browser.ui().get("regions")).get("panels");
        BufferedImage before = browser.savePageScreenshot(new File(BrowserSession.OUT, "repaint-playing-0.png"));
        Thread.sleep(2000);
        BufferedImage after = browser.savePageScreenshot(new File(BrowserSession.OUT, "repaint-playing-1.png"));
        double frames = browser.number("return window.kvcache.frames();") - frames0;
        double sceneOnly = browser.number("return window.kvcache.sceneFrames();") - scene0;
        assertTrue(sceneOnly >= frames / 2, "most playing frames repaint only the scene: " + sceneOnly + " of " + frames);
        // Five whole frames a second; a slow machine draws fewer frames, but never fewer whole ones than that allows.
        assertTrue(frames - sceneOnly >= Math.min(2 * 5 / 2, frames / 4),
                "the window is repainted several times a second: " + (frames - sceneOnly) + " of " + frames);
        assertTrue(differingPixels(before, after, panels) > 0, "the panels' figures moved on in two seconds of play");
        assertEquals(List.of(), browser.pageErrors(), "page logged no error");
    }

    @Test
    void onAPhoneASceneRepaintLeavesTheSameImageAsAWholeFrame() throws Exception {
        // The scene spans the phone's width: the vignette's side bands and the waves reach its edges.
        pausedWithBanksFilled(390, 844, 3);
        assertSceneRepaintChangesNothing("repaint-390x844@3");
        assertEquals(List.of(), browser.pageErrors(), "page logged no error");
    }

    /** The wide layout: with help open, then with only a notice over the scene (the rest of it bare). */
    @Test
    void aNoticeOrAnOverlayOverTheSceneSurvivesASceneRepaint() throws Exception {
        pausedWithBanksFilled(1280, 720, 1);
        browser.script("window.kvcache.press('HELP');");
        browser.waitUntil("the help open", WAIT, d -> "HELP".equals(browser.script("return window.kvcache.overlay();")));
        assertSceneRepaintChangesNothing("repaint-help");
        browser.script("window.kvcache.press('HELP');");
        browser.waitUntil("the help closed", WAIT, d -> "NONE".equals(browser.script("return window.kvcache.overlay();")));
        // A refused setter's notice, over the top of the scene for five seconds: the check takes about three.
        browser.script("window.kvcache.setFlashAttention('maybe');");
        assertSceneRepaintChangesNothing("repaint-notice");
        assertEquals(List.of(), browser.pageErrors(), "page logged no error");
    }

    private static void pausedWithBanksFilled(int width, int height, int ratio) throws InterruptedException {
        browser.emulate(width, height, ratio);
        browser.load(PLAYING, 60);
        Thread.sleep(800); // sequences in the banks, the banner up
        browser.script("window.kvcache.press('PLAY_PAUSE');");
    }

    /** Once the page is at rest: a whole frame, then one repainting only the scene, the same pixels. */
    private static void assertSceneRepaintChangesNothing(String name) throws IOException {
        waitForRest();
        BufferedImage whole = browser.canvasPixels();
        waitForRest();
        BufferedImage sceneOnly = browser.capturedFrame("window.kvcache.captureScene();");
        // The header's frame counter moves on with the frames drawn while the page came to rest again.
        @SuppressWarnings("unchecked")
        List<Number> header = ((Map<String, List<Number>>) browser.ui().get("regions")).get("header");
        blank(whole, header);
        blank(sceneOnly, header);
        int differing = differingPixels(whole, sceneOnly, null);
        if (differing > 0) {
            ImageIO.write(whole, "png", new File(BrowserSession.OUT, name + "-whole.png"));
            ImageIO.write(sceneOnly, "png", new File(BrowserSession.OUT, name + "-scene.png"));
        }
        assertEquals(0, differing, "a scene repaint changes no pixel of a paused, settled frame (" + name + ")");
    }

    private static void waitForRest() {
        browser.waitUntil("paused and at rest", WAIT, d -> Boolean.TRUE.equals(browser.script("return window.kvcache.idle();")));
    }

    private static void blank(BufferedImage image, List<Number> region) {
        for (int y = region.get(1).intValue(); y < Math.min(image.getHeight(), region.get(1).intValue() + region.get(3).intValue()); y++) {
            for (int x = region.get(0).intValue(); x < Math.min(image.getWidth(), region.get(0).intValue() + region.get(2).intValue()); x++) {
                image.setRGB(x, y, 0);
            }
        }
    }

    /** Pixels that differ between two images of one size, inside {@code region} (x, y, width, height from the top left), or all. */
    private static int differingPixels(BufferedImage a, BufferedImage b, List<Number> region) {
        assertEquals(a.getWidth(), b.getWidth());
        assertEquals(a.getHeight(), b.getHeight());
        int x0 = region == null ? 0 : region.get(0).intValue();
        int y0 = region == null ? 0 : region.get(1).intValue();
        int x1 = region == null ? a.getWidth() : Math.min(a.getWidth(), x0 + region.get(2).intValue());
        int y1 = region == null ? a.getHeight() : Math.min(a.getHeight(), y0 + region.get(3).intValue());
        int differing = 0;
        for (int y = y0; y < y1; y++) {
            for (int x = x0; x < x1; x++) {
                if (a.getRGB(x, y) != b.getRGB(x, y)) {
                    differing++;
                }
            }
        }
        return differing;
    }
}
