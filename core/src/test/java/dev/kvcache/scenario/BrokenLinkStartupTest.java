package dev.kvcache.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.kvcache.TestCatalog;
import dev.kvcache.host.SimulationHost;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The browser's broken links, run through the same startup path on the JVM: they must start. */
class BrokenLinkStartupTest {
    @ParameterizedTest
    @ValueSource(strings = {
        "model=%%%&batch=999&context=abc&gpu=&fa=2&speed=-1&tokens=1e99&paused=perhaps&foo=bar",
        "&&==&model&=x&batch=&context=100M&gpus=-3&kv=mxfp4&seed=9999999999999999999999",
        "model=llama-3.1-8c&gpu=h10&context=5&precision=%E2%98%83",
        "x=%FF&model=%C3&gpu=%E2%82&batch=%zz&%ED%A0%80=1&tokens=%F0%9F"})
    void brokenLinksStartAScenario(String link) {
        ScenarioRequest request = StartupScenario.resolve(TestCatalog.get(), new HashMap<>(),
                QueryString.parse(link, new ArrayList<>()));
        SimulationHost host = new SimulationHost(TestCatalog.get(), request.settings());
        for (int i = 0; i < 50; i++) {
            host.singleStep();
        }
        assertFalse(Double.isNaN(host.simulation().memory().usageFraction()));
    }

    @Test
    void aHundredThousandCharacterNameSavedAndLinkedStartsWithShortNotices() {
        String name = "n".repeat(100_000);
        ScenarioRequest request = StartupScenario.resolve(TestCatalog.get(), Map.of("model", name),
                QueryString.parse("gpu=" + name));
        assertEquals(ScenarioResolver.DEFAULT_MODEL, request.settings().modelId());
        assertEquals(ScenarioResolver.DEFAULT_DEVICE, request.settings().deviceId());
        assertEquals(List.of("saved settings: unknown model '" + "n".repeat(40) + "\u2026': kept llama-3.1-8b",
                "unknown device '" + "n".repeat(40) + "\u2026': kept h100"), request.notices());
    }
}
