package dev.kvcache.html.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.net.HttpURLConnection;
import java.net.URL;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

/**
 * The web build as an installable, offline app: the page links a manifest Chrome accepts for
 * installing, icons and a favicon that are served, and a service worker that caches the build so
 * the page loads again, with a link's scenario, once the server is gone.
 */
class InstallableAppIT {
    private static final File OUT = BrowserSession.OUT;
    private static final Duration WAIT = Duration.ofSeconds(60);

    /** Status, type and bytes of {@code path} as the server answers it. */
    private static HttpURLConnection get(BrowserSession browser, String path) throws IOException {
        HttpURLConnection c = (HttpURLConnection) new URL(browser.url() + path).openConnection();
        c.connect();
        return c;
    }

    private static BufferedImage image(BrowserSession browser, String path, String type) throws IOException {
        HttpURLConnection c = get(browser, path);
        assertEquals(200, c.getResponseCode(), path);
        assertEquals(type, c.getContentType(), path);
        try (InputStream in = c.getInputStream()) {
            return ImageIO.read(in);
        }
    }

    @Test
    @SuppressWarnings("unchecked")
    void thePageLinksAManifestChromeCanInstallAndAFavicon() throws Exception {
        try (BrowserSession browser = BrowserSession.open(1280, 800)) {
            browser.load("", 10);
            assertEquals("manifest.webmanifest", browser.script(
                    "return document.querySelector('link[rel=manifest]').getAttribute('href');"));
            List<String> icons = (List<String>) browser.script("return Array.prototype.map.call("
                    + "document.querySelectorAll('link[rel=icon], link[rel=apple-touch-icon]'),"
                    + " function(l) { return l.getAttribute('href'); });");
            assertEquals(List.of("icon.svg", "favicon-32.png", "apple-touch-icon.png"), icons);
            HttpURLConnection svg = get(browser, "icon.svg");
            assertEquals(200, svg.getResponseCode());
            assertEquals("image/svg+xml", svg.getContentType());
            assertEquals(32, image(browser, "favicon-32.png", "image/png").getWidth());
            assertEquals(180, image(browser, "apple-touch-icon.png", "image/png").getWidth());

            Map<String, Object> manifest = (Map<String, Object>) browser.script(
                    "var r = new XMLHttpRequest(); r.open('GET', 'manifest.webmanifest', false); r.send();"
                    + " return JSON.parse(r.responseText);");
            assertEquals("KV Cache Growth Simulator", manifest.get("name"));
            assertEquals("./", manifest.get("start_url"), "relative: the app works from any folder");
            assertEquals("standalone", manifest.get("display"));
            assertTrue(String.valueOf(manifest.get("theme_color")).startsWith("#"), manifest.toString());
            for (Map<String, Object> icon : (List<Map<String, Object>>) manifest.get("icons")) {
                String sizes = String.valueOf(icon.get("sizes"));
                if (sizes.equals("any")) {
                    continue;
                }
                int edge = Integer.parseInt(sizes.substring(0, sizes.indexOf('x')));
                BufferedImage png = image(browser, String.valueOf(icon.get("src")), "image/png");
                assertEquals(edge, png.getWidth(), icon.toString());
                assertEquals(edge, png.getHeight(), icon.toString());
            }
            assertTrue(((List<?>) manifest.get("icons")).size() >= 2, "192 and 512 icons");

            // Chrome's own verdict on installing the page as an app (what its install button checks).
            Map<String, Object> install = browser.driver().executeCdpCommand("Page.getInstallabilityErrors", Map.of());
            assertEquals(List.of(), install.get("installabilityErrors"), "Chrome would install it");
            assertEquals(List.of(), browser.pageErrors(), "page logged no error");
        }
    }

    @Test
    void theServiceWorkerCachesTheBuildSoThePageLoadsWithTheServerStopped() throws Exception {
        try (BrowserSession browser = BrowserSession.open(1280, 800)) {
            browser.load("", 10);
            // The worker is active once it cached every file of the build, and then controls the page.
            browser.waitUntil("the service worker controls the page", WAIT,
                    d -> Boolean.TRUE.equals(browser.script("return !!navigator.serviceWorker.controller;")));
            Object cached = browser.driver().executeAsyncScript("var done = arguments[arguments.length - 1];"
                    + " caches.keys().then(function(keys) { return caches.open(keys[0]); })"
                    + ".then(function(c) { return c.keys(); })"
                    + ".then(function(reqs) { done(reqs.map(function(r) { return r.url; })); });");
            String urls = String.valueOf(cached);
            assertTrue(urls.contains(".cache.js") && urls.contains("assets/catalog/models")
                    && urls.contains("assets/catalog/papers") && urls.contains("assets/atlas/ui"),
                    "the GWT code, the catalogs and the atlas are cached: " + urls);

            browser.stopServer();
            browser.load("model=mistral-7b&batch=4", 10);
            @SuppressWarnings("unchecked")
            Map<String, Object> state = (Map<String, Object>) browser.script("return window.kvcache.state();");
            assertEquals("mistral-7b", state.get("model"), "offline, the link's scenario still applies");
            assertEquals(4L, ((Number) state.get("batch")).longValue());
            BufferedImage canvas = browser.saveCanvas(new File(OUT, "browser-offline-1280x800.png"));
            assertTrue(dev.kvcache.desktop.e2e.SceneChecks.dieEdgePixels(canvas) > 40, "the scene is drawn offline");
            assertEquals(List.of(), browser.pageErrors(), "page logged no error offline");
        }
    }
}
