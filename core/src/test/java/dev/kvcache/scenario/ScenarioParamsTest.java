package dev.kvcache.scenario;

import static dev.kvcache.scenario.LinkParse.parse;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kvcache.TestCatalog;
import dev.kvcache.catalog.Catalog;
import dev.kvcache.catalog.Precision;
import dev.kvcache.sim.BatchingMode;
import dev.kvcache.sim.FlashMode;
import dev.kvcache.sim.GpuCount;
import dev.kvcache.sim.PagingMode;
import dev.kvcache.sim.SimSettings;
import dev.kvcache.sim.WeightsMode;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Links and options to settings: the original's link, every name, and bad input of every kind. */
class ScenarioParamsTest {
    private final Catalog catalog = TestCatalog.get();
    private final ScenarioParams params = new ScenarioParams(catalog);
    private final SimSettings defaults = LinkParse.defaults();

    @Test
    void theOriginalsPlannedLinkWorksAsWritten() {
        ScenarioRequest r = parse("?model=llama-70b&context=1000000&batch=4&gpu=h100&cb=1&pa=1&fa=1");
        SimSettings s = r.settings();
        assertEquals("[]", r.notices().toString());
        assertEquals("llama-3.1-70b", s.modelId());
        assertEquals("h100", s.deviceId());
        assertEquals(1_000_000L, s.contextTokens());
        assertEquals(4, s.batch());
        assertEquals(BatchingMode.CONTINUOUS, s.batching());
        assertEquals(PagingMode.PAGED, s.paging());
        assertEquals(FlashMode.FLASH, s.flash());
    }

    @Test
    void everyOtherNameIsRead() {
        ScenarioRequest r = parse("speed=10x&precision=fp8&kv=int4&weights=0&gpus=8&tokens=5000&seed=7&paused=1");
        SimSettings s = r.settings();
        assertEquals("[]", r.notices().toString());
        assertEquals(10.0, s.speed());
        assertEquals(Precision.FP8, s.weightPrecision());
        assertEquals(Precision.INT4, s.kvPrecision());
        assertEquals(WeightsMode.EXCLUDED, s.weights());
        assertEquals(GpuCount.fixed(8), s.gpuCount());
        assertEquals(7L, s.seed());
        assertEquals(5000L, r.tokens());
        assertEquals(Boolean.TRUE, r.paused());
    }

    @Test
    void contextAcceptsSuffixes() {
        assertEquals(4096L, parse("context=4K").settings().contextTokens());
        assertEquals(131_072L, parse("context=128K").settings().contextTokens());
        assertEquals(200_000L, parse("context=200K").settings().contextTokens());
        assertEquals(1_000_000L, parse("context=1M").settings().contextTokens());
        assertEquals(100_000_000L, parse("context=100M").settings().contextTokens());
        assertEquals(1_000_000L, parse("context=1,000,000").settings().contextTokens());
    }

    @Test
    void aDeviceBringsItsDefaultsUnlessTheLinkSaysOtherwise() {
        SimSettings t4 = parse("gpu=t4").settings();
        assertEquals(BatchingMode.STATIC, t4.batching(), "16 GB GDDR: no continuous batching");
        assertEquals(PagingMode.CONTIGUOUS, t4.paging());
        assertEquals(FlashMode.FLASH, t4.flash(), "16 GB: FlashAttention");
        SimSettings groq = parse("gpu=groq-lpu").settings();
        assertEquals(BatchingMode.CONTINUOUS, groq.batching(), "SRAM accelerator");
        assertEquals(PagingMode.PAGED, groq.paging(), "paging on SRAM accelerators only");
        assertEquals(FlashMode.STANDARD, groq.flash(), "under 16 GB");
        assertEquals(PagingMode.CONTIGUOUS, parse("gpu=h100").settings().paging());
        assertEquals(PagingMode.PAGED, parse("pa=1&gpu=h100").settings().paging(), "explicit pa wins in any order");
    }

    @Test
    void unknownNamesResolveToTheOneClearNearMatchWithANotice() {
        ScenarioRequest r = parse("model=lama-3.1-8b&gpu=h10");
        assertEquals("llama-3.1-8b", r.settings().modelId());
        assertEquals("h100", r.settings().deviceId());
        assertEquals(List.of("unknown model 'lama-3.1-8b': using llama-3.1-8b (closest match)",
                "unknown device 'h10': using h100 (closest match)"), r.notices());
    }

    @Test
    void junkNamesKeepTheCurrentModelAndDevice() {
        SimSettings current = parse("model=mixtral-8x7b&gpu=mi300x&cb=0").settings();
        ScenarioRequest r = parse("model=12345&gpu=%3Cscript%3E", current);
        assertEquals("mixtral-8x7b", r.settings().modelId(), "not GLM-4.5");
        assertEquals("mi300x", r.settings().deviceId(), "not the first or default device");
        assertEquals(BatchingMode.STATIC, r.settings().batching(), "a kept device does not bring its defaults again");
        assertEquals(List.of("unknown model '12345': kept mixtral-8x7b", "unknown device '<script>': kept mi300x"),
                r.notices());
        ScenarioRequest empty = parse("model=&gpu=", current);
        assertEquals("mixtral-8x7b", empty.settings().modelId());
        assertEquals("mi300x", empty.settings().deviceId());
        assertEquals(2, empty.notices().size(), empty.notices().toString());
    }

    @Test
    void aHundredThousandCharacterNameIsCutInItsNotice() {
        ScenarioRequest r = parse("model=" + "q".repeat(100_000));
        assertEquals(ScenarioResolver.DEFAULT_MODEL, r.settings().modelId());
        assertEquals(List.of("unknown model '" + "q".repeat(40) + "\u2026': kept llama-3.1-8b"), r.notices());
    }

    @Test
    void tokensBeyondTheContextAreRefusedNotRaisingTheContext() {
        ScenarioRequest r = parse("context=128K&tokens=200000");
        assertEquals(131_072L, r.settings().contextTokens());
        assertEquals(ScenarioRequest.NO_TOKENS, r.tokens());
        assertEquals(List.of("tokens 200000 is beyond the context 131,072; kept 0"), r.notices());
        ScenarioRequest running = parse("tokens=300K", r.settings(), 5000);
        assertEquals(List.of("tokens 300K is beyond the context 131,072; kept 5000"), running.notices());
        assertEquals(200_000L, parse("context=1M&tokens=200000").tokens(), "a larger context in the same link counts");
    }

    @Test
    void notUnderstoodValuesSayWhatWasKept() {
        ScenarioRequest r = parse("batch=12abc&cb=maybe&speed=1e3&fa=");
        assertEquals(List.of("batch '12abc' is not understood; kept " + defaults.batch(),
                "cb 'maybe' is not understood; kept " + (defaults.batching() == BatchingMode.CONTINUOUS ? "1" : "0"),
                "speed '1e3' is not understood; kept 1"), r.notices());
        assertEquals(FlashMode.FLASH, r.settings().flash(), "a bare switch is on");
    }

    @Test
    void numbersAreClampedWithNotices() {
        ScenarioRequest r = parse("batch=99&context=5&speed=1000&gpus=9999999&tokens=-5");
        assertEquals(32, r.settings().batch());
        assertEquals(16L, r.settings().contextTokens());
        assertEquals(100.0, r.settings().speed());
        assertEquals(GpuCount.fixed(1 << 20), r.settings().gpuCount(), "as many as the engine counts, no more");
        assertEquals(ScenarioRequest.NO_TOKENS, r.tokens(), "a sign is not part of a count");
        assertEquals(5, r.notices().size(), r.notices().toString());
        assertTrue(r.notices().contains("batch 99 clamped to 32"), r.notices().toString());
    }

    @Test
    void garbageIsIgnoredWithNotices() {
        ScenarioRequest r = parse("batch=lots&cb=maybe&precision=fp3&speed=NaN&colour=red&seed=x&context=1e400");
        assertEquals(defaults.batch(), r.settings().batch());
        assertEquals(defaults.batching(), r.settings().batching());
        assertEquals(7, r.notices().size(), r.notices().toString());
        assertNull(r.paused());
    }

    @Test
    void precisionsAreKnownSpellingsOnly() {
        for (String fp8 : new String[] {"fp8", "FP8", "fp8_e4m3", "fp8_e5m2", "float8_e4m3fn", "e4m3", "e5m2"}) {
            assertEquals(dev.kvcache.catalog.Precision.FP8, dev.kvcache.catalog.Precision.find(fp8), fp8);
        }
        for (String junk : new String[] {"fp8_garbage", "float8_", "fp8_", "fp8x", "fp"}) {
            assertNull(dev.kvcache.catalog.Precision.find(junk), junk);
        }
        ScenarioRequest r = parse("precision=fp8_garbage");
        assertEquals(defaults.weightPrecision(), r.settings().weightPrecision());
        assertEquals(1, r.notices().size(), r.notices().toString());
    }

    @Test
    void theLinkRoundTrips() {
        SimSettings s = parse("model=mixtral-8x7b&gpu=mi300x&context=2M&batch=3&cb=0&pa=1&fa=0&precision=int8"
                + "&kv=fp8&weights=0&gpus=16&speed=0.5&seed=99").settings();
        String link = ScenarioParams.format(s, 1234, true);
        ScenarioRequest back = parse(link);
        assertEquals("[]", back.notices().toString());
        assertTrue(s.sameScenarioAs(back.settings()), link);
        assertEquals(0.5, back.settings().speed());
        assertEquals(1234L, back.tokens());
        assertEquals(Boolean.TRUE, back.paused());
        assertTrue(link.contains("context=2M"), link);
    }

    @Test
    void desktopOptionNamesAndTheOriginalsConsoleNamesAreAccepted() {
        assertEquals("batch", ScenarioParams.canonical("batchSize"));
        assertEquals("fa", ScenarioParams.canonical("flashAttention"));
        assertEquals("speed", ScenarioParams.canonical("animationSpeed"));
        assertEquals("gpu", ScenarioParams.canonical("device"));
        assertEquals("tokens", ScenarioParams.canonical("currentTokens"));
        assertEquals("kv", ScenarioParams.canonical("kv-precision"), "report's old option name");
        assertEquals("precision", ScenarioParams.canonical("weight_precision"));
        assertNull(ScenarioParams.canonical("bogus"));
    }

    @Test
    void randomQueriesNeverThrowAndStayInRange() {
        Random random = new Random(1);
        String alphabet = "=&%?+,._-xKMB0123456789abcdefghijklmnopqrstuvwxyz\u00e9\u2603 ";
        for (int i = 0; i < 5000; i++) {
            StringBuilder q = new StringBuilder();
            int n = random.nextInt(40);
            for (int j = 0; j < n; j++) {
                if (random.nextInt(4) == 0) {
                    q.append(ScenarioParams.NAMES[random.nextInt(ScenarioParams.NAMES.length)]).append('=');
                }
                q.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            Map<String, String> map = QueryString.parse(q.toString());
            SimSettings s = params.parse(map, defaults).settings();
            assertTrue(s.batch() >= 1 && s.batch() <= 32, q.toString());
            assertTrue(s.contextTokens() >= 16 && s.contextTokens() <= 100_000_000L, q.toString());
            assertTrue(s.speed() >= 0.5 && s.speed() <= 100, q.toString());
            assertTrue(catalog.models().find(s.modelId()) != null, q.toString());
            assertTrue(catalog.devices().find(s.deviceId()) != null, q.toString());
        }
    }

    @Test
    void queryStringsDecodeAndEncode() {
        assertEquals("a b/\u00e9", QueryString.parse("x=a+b%2F%C3%A9").get("x"));
        assertEquals("100%", QueryString.parse("x=100%").get("x"));
        assertEquals("x=a%20b%26c", QueryString.format(Map.of("x", "a b&c")));
    }
}
