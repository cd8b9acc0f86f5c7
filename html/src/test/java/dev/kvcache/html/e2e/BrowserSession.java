package dev.kvcache.html.e2e;

import dev.kvcache.desktop.e2e.EndToEndEnvironment;
import dev.kvcache.html.serve.StaticSiteServer;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import javax.imageio.ImageIO;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Headless Debian Chromium (software WebGL through SwiftShader) driving the compiled web build,
 * served from target/ on 127.0.0.1. {@link #close()} stops the server and blanks the page.
 */
public final class BrowserSession implements AutoCloseable {
    /** Where the browser tests write their screenshots ({@code -Dkvcache.e2e.out}). */
    static final File OUT = new File(System.getProperty("kvcache.e2e.out", "target/e2e"));
    static final String CHROMIUM = "/usr/bin/chromium";
    static final String CHROMEDRIVER = "/usr/bin/chromedriver";
    private static final Duration POLL = Duration.ofMillis(40);
    /**
     * True once the app's API is in place. Until then {@code window.kvcache} may be GWT's loader, a
     * function of the module's short name, with none of the API's methods.
     */
    private static final String API_READY = "return !!window.kvcache && typeof window.kvcache.frames === 'function'";

    private final StaticSiteServer server;
    private final ChromeDriver driver;

    private BrowserSession(StaticSiteServer server, ChromeDriver driver) {
        this.server = server;
        this.driver = driver;
    }

    /** Starts the server and the browser at {@code width} x {@code height}, or skips/fails as the environment says. */
    public static BrowserSession open(int width, int height) throws IOException {
        return open(width, height, 1.0);
    }

    /**
     * Serves the web build on a new port and points the browser at it, with a viewport of
     * {@code width} x {@code height} CSS pixels at {@code devicePixelRatio} physical pixels each
     * (Chromium's device emulation, as a phone).
     *
     * <p>Every session in this JVM shares one Chromium ({@link SharedBrowser}): starting one costs
     * about 1.5 s, and the browser tests open twenty. Sessions stay apart all the same: each serves
     * the page on its own port, so each is its own origin with its own storage, saved settings and
     * service worker (cleared first, should the port have served an earlier session), and
     * {@link #close()} leaves a blank page with every emulation reset.
     */
    public static BrowserSession open(int width, int height, double devicePixelRatio) throws IOException {
        EndToEndEnvironment.require(EndToEndEnvironment.executable(CHROMIUM)
                        && EndToEndEnvironment.executable(CHROMEDRIVER),
                "no " + CHROMIUM + " or " + CHROMEDRIVER + " (Debian: apt-get install chromium chromium-driver)");
        File webDir = new File(System.getProperty("kvcache.web.dir", "target/kvcache-web"));
        if (!new File(webDir, "index.html").isFile()) {
            throw new IllegalStateException("no web build in " + webDir + ": the GWT compile must run first");
        }
        StaticSiteServer server = new StaticSiteServer(webDir, 0);
        ChromeDriver driver;
        try {
            driver = SharedBrowser.driver();
        } catch (RuntimeException | IOException e) {
            server.close();
            throw e;
        }
        driver.manage().logs().get(LogType.BROWSER); // the previous session's messages are not this one's
        // A port can come round again: whatever an earlier session left on this origin goes first.
        SharedBrowser.forget(driver, server.url());
        BrowserSession session = new BrowserSession(server, driver);
        session.emulate(width, height, devicePixelRatio);
        return session;
    }

    /**
     * Sets the viewport to {@code width} x {@code height} CSS pixels at {@code devicePixelRatio}
     * (exact sizes: a headless window's size includes browser chrome and has a minimum width, so
     * small-phone layouts can be tested too); portrait windows under 600 px wide are phones.
     * Takes effect for the next {@link #load}.
     */
    public void emulate(int width, int height, double devicePixelRatio) {
        driver.executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of("width", width, "height", height,
                "deviceScaleFactor", devicePixelRatio, "mobile", width < height && width < 600));
    }

    /** Canvas pixels per CSS pixel, measured in the page (the canvas's size against its box on screen). */
    public double canvasPixelRatio() {
        return number("var c = document.querySelector('canvas'); return c.width / c.getBoundingClientRect().width;");
    }

    /** The app's layout in canvas pixels ({@code window.kvcache.ui()}). */
    @SuppressWarnings("unchecked")
    public Map<String, Object> ui() {
        return (Map<String, Object>) script("return window.kvcache.ui();");
    }

    /** The address the page is served at, ending in '/'. */
    public String url() {
        return server.url();
    }

    /** Stops serving the page, as a user going offline or a server shut down would. */
    public void stopServer() {
        server.close();
    }

    /**
     * Loads the page with a query string (may be empty) and waits until {@code frames} frames are
     * drawn, or until the app has come to rest and stopped drawing (a paused scene may settle sooner).
     */
    public void load(String query, int frames) {
        driver.get(server.url() + (query.isEmpty() ? "" : "?" + query));
        waitUntil("at least " + frames + " frames drawn, or the scene at rest", Duration.ofSeconds(90),
                d -> number(API_READY + " ? window.kvcache.frames() : 0;") >= frames
                        || Boolean.TRUE.equals(script(API_READY + " && window.kvcache.idle();")));
    }

    /** The scenario and its figures, as {@code window.kvcache.state()} returns them. */
    @SuppressWarnings("unchecked")
    public Map<String, Object> state() {
        return (Map<String, Object>) script("return window.kvcache.state();");
    }

    public Object script(String javascript, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(javascript, args);
    }

    public double number(String javascript) {
        Object value = script(javascript);
        return value instanceof Number ? ((Number) value).doubleValue() : Double.NaN;
    }

    public void waitUntil(String what, Duration timeout, Function<ChromeDriver, Boolean> condition) {
        // Selenium polls every 500 ms by default: most conditions here hold within a frame or two, and
        // the browser tests wait a few hundred times, so the default alone would add a minute.
        new WebDriverWait(driver, timeout, POLL).withMessage(what).until(d -> condition.apply(driver));
    }

    /**
     * The WebGL canvas as an image: the next frame, read inside it by the app (window.kvcache.capture),
     * since the page does not keep its drawing buffer after a frame is shown.
     */
    public BufferedImage canvasPixels() throws IOException {
        return capturedFrame("window.kvcache.capture();");
    }

    /**
     * The image of the frame that {@code captureCall} (a script that asks window.kvcache for one:
     * capture() or captureScene()) has the app draw and read inside it.
     */
    public BufferedImage capturedFrame(String captureCall) throws IOException {
        script("window.__kvcacheFrame = null; " + captureCall);
        waitUntil("a frame captured", Duration.ofSeconds(10),
                d -> Boolean.TRUE.equals(script("return window.__kvcacheFrame != null;")));
        String dataUrl = (String) script("return window.__kvcacheFrame;");
        byte[] png = Base64.getDecoder().decode(dataUrl.substring(dataUrl.indexOf(',') + 1));
        return ImageIO.read(new ByteArrayInputStream(png));
    }

    /** What the browser window shows (the page, not just the canvas), saved to {@code file}. */
    public BufferedImage savePageScreenshot(File file) throws IOException {
        byte[] png = driver.getScreenshotAs(org.openqa.selenium.OutputType.BYTES);
        Files.createDirectories(file.getParentFile().toPath());
        Files.write(file.toPath(), png);
        return ImageIO.read(new ByteArrayInputStream(png));
    }

    /** The canvas's position and size in CSS pixels: {x, y, width, height}. */
    public double[] canvasRect() {
        Object rect = script("var r = document.querySelector('canvas').getBoundingClientRect();"
                + " return [r.x, r.y, r.width, r.height];");
        List<?> values = (List<?>) rect;
        double[] out = new double[4];
        for (int i = 0; i < 4; i++) {
            out[i] = ((Number) values.get(i)).doubleValue();
        }
        return out;
    }

    /** Saves the canvas as a PNG (its pixels, whatever the page around it does). */
    public BufferedImage saveCanvas(File file) throws IOException {
        BufferedImage image = canvasPixels();
        Files.createDirectories(file.getParentFile().toPath());
        ImageIO.write(image, "png", file);
        return image;
    }

    /** Errors the page reported: console errors and uncaught exceptions. */
    public List<String> pageErrors() {
        List<String> errors = new ArrayList<>();
        for (LogEntry entry : driver.manage().logs().get(LogType.BROWSER)) {
            if (entry.getLevel().intValue() >= java.util.logging.Level.SEVERE.intValue()
                    && !entry.getMessage().contains("favicon.ico")) {
                errors.add(entry.getMessage());
            }
        }
        Object recorded = script("return window.__kvcacheErrors || [];");
        if (recorded instanceof List) {
            for (Object error : (List<?>) recorded) {
                errors.add(String.valueOf(error));
            }
        }
        return errors;
    }

    public ChromeDriver driver() {
        return driver;
    }

    @Override
    public void close() {
        try {
            driver.get("about:blank"); // stops the app's frame loop before the next session starts
            SharedBrowser.resetEmulation(driver);
        } finally {
            server.close();
        }
    }
}
