package dev.kvcache.html.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.interactions.Actions;

/**
 * The cluster view in the browser: a scenario on 16 GPUs (tp 8 x pp 2) opens on the cluster by
 * itself, V switches to the die and back, and a GB200 NVL72 preset and a 24,576-GPU cluster draw
 * without a page error; the canvases are saved under target/e2e.
 */
class ClusterViewIT {
    private static final File OUT = BrowserSession.OUT;
    private static final Duration WAIT = Duration.ofSeconds(30);

    @SuppressWarnings("unchecked")
    private static Map<String, Object> state(BrowserSession browser) {
        return (Map<String, Object>) browser.script("return window.kvcache.state();");
    }

    @Test
    void theClusterShowsByItselfAndVSwitchesToTheDieAndBack() throws Exception {
        OUT.mkdirs();
        try (BrowserSession browser = BrowserSession.open(1280, 720)) {
            browser.load("model=llama-3.1-70b&gpu=h100&tp=8&pp=2&speed=10", 30);
            browser.waitUntil("the cluster by itself", WAIT, d -> "cluster".equals(state(browser).get("view")));
            browser.saveCanvas(new File(OUT, "browser-cluster-tp8-pp2-1280x720.png"));
            new Actions(browser.driver()).sendKeys("v").perform();
            browser.waitUntil("V shows the die", WAIT, d -> "die".equals(state(browser).get("view")));
            assertTrue(state(browser).get("notices").toString().contains("die view"), state(browser).toString());
            new Actions(browser.driver()).sendKeys("v").perform();
            browser.waitUntil("V shows the cluster again", WAIT, d -> "cluster".equals(state(browser).get("view")));

            browser.load("cluster=gb200-nvl72&model=llama-3.1-405b&tp=8&speed=10", 30);
            browser.waitUntil("the rack", WAIT, d -> "cluster".equals(state(browser).get("view")));
            assertEquals("gb200", state(browser).get("gpu"));
            browser.saveCanvas(new File(OUT, "browser-cluster-nvl72-1280x720.png"));

            browser.load("cluster=meta-24k&model=llama-3.1-70b&tp=8&pp=2&speed=10", 30);
            browser.waitUntil("24,576 GPUs", WAIT, d -> "cluster".equals(state(browser).get("view")));
            browser.saveCanvas(new File(OUT, "browser-cluster-24576-1280x720.png"));
            assertEquals(List.of(), browser.pageErrors(), "page logged no error");
        }
    }
}
