package dev.kvcache.desktop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kvcache.catalog.Catalog;
import dev.kvcache.data.CatalogLoader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import dev.kvcache.scenario.ScenarioRequest;
import dev.kvcache.scenario.StartupScenario;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The desktop options take the link's names; bad values become notices, unknown options exit. */
class WindowOptionsTest {
    @Test
    void scenarioOptionsUseTheLinksNames() throws IOException {
        WindowOptions o = WindowOptions.parse(new String[] {
            "--model", "llama-70b", "--context", "1M", "--batch", "4", "--gpu", "h100", "--cb", "1", "--pa", "1",
            "--fa", "1", "--width", "800", "--paused", "--speed", "10x", "--batchSize", "99"});
        assertEquals(800, o.width);
        assertEquals(Map.of("model", "llama-70b", "context", "1M", "batch", "99", "gpu", "h100", "cb", "1",
                "pa", "1", "fa", "1", "paused", "", "speed", "10x"), o.scenario);
        ScenarioRequest r = StartupScenario.resolve(catalog(), Map.of(), o.scenario);
        assertEquals("llama-3.1-70b", r.settings().modelId());
        assertEquals(1_000_000L, r.settings().contextTokens());
        assertEquals(32, r.settings().batch());
        assertEquals(Boolean.TRUE, r.paused());
        assertEquals("[batch 99 clamped to 32]", r.notices().toString());
    }

    @Test
    void densityOverridesTheMonitorsScaleWithinOneHalfToFour() {
        assertEquals(0f, WindowOptions.parse(new String[0]).density, "default: the monitor's own scale");
        assertEquals(2.5f, WindowOptions.parse(new String[] {"--density", "2.5"}).density);
        for (String bad : new String[] {"0", "5", "NaN", "two"}) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                    () -> WindowOptions.parse(new String[] {"--density", bad}), bad);
            assertTrue(e.getMessage().contains("--density"), e.getMessage());
        }
    }

    private static Catalog catalog() throws IOException {
        Path dir = Path.of("../assets/catalog");
        return new CatalogLoader().load(Files.readString(dir.resolve("models.json")),
                Files.readString(dir.resolve("devices.json")));
    }

    @Test
    void unknownOptionsStillFail() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> WindowOptions.parse(new String[] {"--colour", "red"}));
        assertTrue(e.getMessage().contains("--colour"));
        assertThrows(IllegalArgumentException.class, () -> WindowOptions.parse(new String[] {"model"}));
    }
}
