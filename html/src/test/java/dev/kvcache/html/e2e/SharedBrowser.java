package dev.kvcache.html.e2e;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;

/**
 * The one headless Chromium that every {@link BrowserSession} in this JVM drives: started at the
 * first session, quit when the JVM exits. A session changes the browser only through device
 * emulation, which {@link #resetEmulation} undoes, and through its own origin's storage.
 */
final class SharedBrowser {
    private static ChromeDriver driver;
    private static File userDataDir;

    private SharedBrowser() {
    }

    static synchronized ChromeDriver driver() throws IOException {
        if (driver == null) {
            userDataDir = Files.createTempDirectory("kvcache-chromium").toFile();
            driver = start(userDataDir);
            Runtime.getRuntime().addShutdownHook(new Thread(SharedBrowser::quit, "quit shared Chromium"));
        }
        return driver;
    }

    /** Undoes what a session may have emulated: touch, media features (reduced motion) and the viewport. */
    static void resetEmulation(ChromeDriver browser) {
        browser.executeCdpCommand("Emulation.setTouchEmulationEnabled", Map.of("enabled", false));
        browser.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("features", List.of()));
        browser.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
    }

    /** Clears everything the browser keeps for the origin of {@code url}: storage, caches, service workers. */
    static void forget(ChromeDriver browser, String url) {
        String origin = url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
        browser.executeCdpCommand("Storage.clearDataForOrigin", Map.of("origin", origin, "storageTypes", "all"));
    }

    private static ChromeDriver start(File profile) {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(BrowserSession.CHROMIUM);
        options.addArguments("--headless=new", "--no-sandbox", "--use-angle=swiftshader",
                "--enable-unsafe-swiftshader", "--ignore-gpu-blocklist", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-quic", "--no-first-run", "--disable-extensions",
                "--user-data-dir=" + profile.getAbsolutePath(),
                // The largest viewport a test emulates fits, so no emulated page is clipped by the window.
                "--window-size=1600,1000");
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(BrowserSession.CHROMEDRIVER)).usingAnyFreePort().build();
        return new ChromeDriver(service, options);
    }

    private static synchronized void quit() {
        try {
            driver.quit();
        } finally {
            deleteQuietly(userDataDir);
        }
    }

    private static void deleteQuietly(File folder) {
        File[] children = folder.listFiles();
        if (children != null) {
            for (File child : children) {
                deleteQuietly(child);
            }
        }
        folder.delete();
    }
}
