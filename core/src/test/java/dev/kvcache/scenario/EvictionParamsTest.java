package dev.kvcache.scenario;

import static dev.kvcache.scenario.LinkParse.parse;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.kvcache.sim.Eviction;
import dev.kvcache.sim.SimSettings;
import java.util.Collections;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The evict link parameter: read, written back, and bad values refused in one line that says what was kept. */
class EvictionParamsTest {
    private final SimSettings defaults = LinkParse.defaults();

    @Test
    void windowAndBudgetRoundTripAndNoneLeavesTheLinkAsItWas() {
        ScenarioRequest window = parse("evict=window:4K", defaults);
        assertEquals(Collections.emptyList(), window.notices());
        assertEquals(Eviction.window(4_096), window.settings().eviction());
        assertEquals(4_100L, window.settings().eviction().keptTokens());
        String link = ScenarioParams.format(window.settings(), 0, false);
        assertEquals(Eviction.window(4_096), parse(link, defaults).settings().eviction());
        assertEquals(2_048L, parse("evict=budget:2048", defaults).settings().eviction().keptTokens());
        assertEquals(Eviction.NONE, parse("evict=none", window.settings()).settings().eviction());
        // Off, the link is exactly what it was before eviction existed.
        assertEquals(false, ScenarioParams.format(defaults, 0, false).contains("evict"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "window:abc|evict 'window:abc' refused (evict window:N needs a whole number of tokens); kept budget:512",
        "budget:-3|evict 'budget:-3' refused (evict budget:N needs a whole number of tokens); kept budget:512",
        "budget:0|evict 'budget:0' refused (evict budget:N needs N from 1 to 1000M tokens); kept budget:512",
        "window:5000000000|evict 'window:5000000000' refused (evict window:N needs N from 1 to 1000M tokens);"
                + " kept budget:512",
        "sinks|evict 'sinks' refused (evict takes none, window:N or budget:N); kept budget:512"})
    void badValuesKeepThePolicyAndSayWhich(String value, String notice) {
        SimSettings base = defaults.toBuilder().eviction(Eviction.budget(512)).build();
        ScenarioRequest r = parse("evict=" + value, base);
        assertEquals(Collections.singletonList(notice), r.notices());
        assertEquals(Eviction.budget(512), r.settings().eviction());
    }
}
