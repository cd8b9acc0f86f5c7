package dev.kvcache.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kvcache.TestCatalog;
import dev.kvcache.catalog.Catalog;
import dev.kvcache.sim.ContextPresets;
import dev.kvcache.sim.SimSettings;
import dev.kvcache.units.Quantities;
import org.junit.jupiter.api.Test;

/** Every way a token count is written reads back, through the link parser, to the same count. */
class TokenTextRoundTripTest {
    private static final long[] SAMPLES = {
        1, 15, 16, 1_000, 1_023, 1_024, 3_072, 4_095, 4_096, 40_960, 100_000, 102_400, 128_000, 131_072,
        163_840, 200_000, 262_144, 999_000, 1_000_000, 1_048_576, 1_500_000, 100_000_000, 123_456_789
    };

    @Test
    void everyPresetReadsBack() {
        for (int i = 0; i < ContextPresets.count(); i++) {
            assertReadsBack(ContextPresets.tokens(i));
        }
    }

    @Test
    void roundAndRaggedCountsReadBack() {
        for (long n : SAMPLES) {
            assertReadsBack(n);
        }
    }

    @Test
    void aLinkCarriesAnUnroundContextAndSpeedExactly() {
        Catalog catalog = TestCatalog.get();
        SimSettings defaults = StartupScenario.defaults(catalog);
        SimSettings s = defaults.toBuilder().contextTokens(262_144).speed(2.75).build();
        String link = ScenarioParams.format(s, 0, false);
        assertTrue(link.contains("context=262144&") && link.contains("speed=2.75&"), link);
        // Parsed over the defaults, so a value the link failed to carry would show as the default.
        SimSettings back = new ScenarioParams(catalog).parse(QueryString.parse(link), defaults).settings();
        assertEquals(262_144L, back.contextTokens());
        assertEquals(2.75, back.speed());
        assertEquals(Double.valueOf(2.75), ParamValues.number(Quantities.speed(2.75)));
    }

    private static void assertReadsBack(long n) {
        assertEquals(Long.valueOf(n), ParamValues.tokens(Quantities.tokenCount(n)), Quantities.tokenCount(n));
        assertEquals(Long.valueOf(n), ParamValues.tokens(Quantities.tokenValue(n)), Quantities.tokenValue(n));
        String words = Quantities.tokens(n);
        String number = words.substring(0, words.indexOf(' '));
        assertEquals(Long.valueOf(n), ParamValues.tokens(number), words);
    }
}
