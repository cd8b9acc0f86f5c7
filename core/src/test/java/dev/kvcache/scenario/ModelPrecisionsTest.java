package dev.kvcache.scenario;

import static dev.kvcache.scenario.LinkParse.parse;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kvcache.TestCatalog;
import dev.kvcache.catalog.Catalog;
import dev.kvcache.catalog.Precision;
import dev.kvcache.catalog.ScenarioDefaults;
import dev.kvcache.memory.Scenario;
import dev.kvcache.scenario.SettingSteps.Direction;
import dev.kvcache.sim.SimSettings;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every precision the catalog knows reaches the app, and a model starts in its own weights as in report. */
class ModelPrecisionsTest {
    private final Catalog catalog = TestCatalog.get();
    private final SimSettings defaults = LinkParse.defaults();

    private ScenarioRequest startWith(String link) {
        return StartupScenario.resolve(catalog, new HashMap<String, String>(), QueryString.parse(link));
    }

    @Test
    void anMxfp4LinkForGptOssStartsInMxfp4WithoutNotice() {
        ScenarioRequest r = startWith("?precision=mxfp4&model=gpt-oss-120b");
        assertEquals("[]", r.notices().toString());
        assertEquals(Precision.MXFP4, r.settings().weightPrecision());
        assertEquals(Precision.BF16, r.settings().kvPrecision(), "the KV cache cannot be MXFP4");
    }

    @ParameterizedTest
    @CsvSource({"gpt-oss-120b, MXFP4, BF16", "deepseek-v3, FP8, FP8", "kimi-k2, FP8, FP8", "llama-3.1-8b, BF16, BF16"})
    void aLinkNamingOnlyTheModelStartsItInItsNativeWeightsAsReportDoes(String model, Precision weights,
            Precision kv) {
        SimSettings app = startWith("model=" + model).settings();
        Scenario report = new Scenario.Builder(catalog.model(model), catalog.device(ScenarioDefaults.DEVICE)).build();
        assertEquals(weights, app.weightPrecision());
        assertEquals(kv, app.kvPrecision());
        assertEquals(report.weights, app.weightPrecision());
        assertEquals(report.kv, app.kvPrecision());
        assertEquals(report.batch, app.batch());
        assertEquals(report.context, app.contextTokens());
    }

    @Test
    void aNamedModelReplacesSavedPrecisionsUnlessTheLinkNamesThem() {
        Map<String, String> saved = new HashMap<String, String>();
        saved.put("model", "llama-3.1-8b");
        saved.put("precision", "int8");
        saved.put("kv", "int4");
        SimSettings fromModel = StartupScenario.resolve(catalog, saved, QueryString.parse("model=gpt-oss-120b"))
                .settings();
        assertEquals(Precision.MXFP4, fromModel.weightPrecision());
        assertEquals(Precision.BF16, fromModel.kvPrecision());
        SimSettings kept = StartupScenario.resolve(catalog, saved, QueryString.parse("batch=4")).settings();
        assertEquals(Precision.INT8, kept.weightPrecision(), "no model named: the saved precisions stay");
        assertEquals(Precision.INT4, kept.kvPrecision());
        SimSettings explicit = parse("kv=int8&precision=bf16&model=deepseek-v3", defaults)
                .settings();
        assertEquals(Precision.BF16, explicit.weightPrecision(), "named precisions win in any order");
        assertEquals(Precision.INT8, explicit.kvPrecision());
    }

    @Test
    void weightsNamedWithoutKvBringTheirKvAsReportDoes() {
        SimSettings int4 = parse("precision=int4", defaults).settings();
        Scenario report = new Scenario.Builder(catalog.model(ScenarioDefaults.MODEL),
                catalog.device(ScenarioDefaults.DEVICE)).weights(Precision.INT4).build();
        assertEquals(Precision.INT4, int4.kvPrecision());
        assertEquals(report.kv, int4.kvPrecision());
        SimSettings fp8 = parse("model=gpt-oss-120b&precision=fp8", defaults).settings();
        assertEquals(Precision.FP8, fp8.kvPrecision());
    }

    @Test
    void kvMxfp4IsRefusedWithANoticeNamingKvAndTheKvStays() {
        SimSettings base = defaults.toBuilder().kvPrecision(Precision.FP8).build();
        ScenarioRequest r = parse("kv=mxfp4", base);
        assertEquals(Precision.FP8, r.settings().kvPrecision());
        assertEquals(1, r.notices().size(), r.notices().toString());
        assertTrue(r.notices().get(0).startsWith("kv "), r.notices().get(0));
        assertTrue(r.notices().get(0).contains("MXFP4"), r.notices().get(0));
    }

    @Test
    void linksWriteAndReadMxfp4() {
        SimSettings mxfp4 = startWith("model=gpt-oss-20b").settings();
        String link = ScenarioParams.format(mxfp4, 0, false);
        assertTrue(link.contains("precision=mxfp4"), link);
        ScenarioRequest back = parse(link, defaults);
        assertEquals("[]", back.notices().toString());
        assertTrue(mxfp4.sameScenarioAs(back.settings()), link);
    }

    @Test
    void theModelKeyBringsEachModelsNativeWeights() {
        SettingSteps steps = new SettingSteps(catalog);
        Set<Precision> seen = EnumSet.noneOf(Precision.class);
        SimSettings s = defaults.toBuilder().weightPrecision(Precision.INT4).kvPrecision(Precision.INT4).build();
        for (int i = 0; i < catalog.models().all().size(); i++) {
            s = steps.model(s, Direction.UP);
            Precision expected = catalog.model(s.modelId()).nativeWeights();
            assertEquals(expected, s.weightPrecision(), s.modelId());
            assertEquals(ScenarioDefaults.kv(expected), s.kvPrecision(), s.modelId());
            seen.add(s.weightPrecision());
        }
        assertTrue(seen.containsAll(EnumSet.of(Precision.BF16, Precision.FP8, Precision.MXFP4)), seen.toString());
    }

    @Test
    void theWeightKeyReachesEveryWeightFormatAndTheKvKeySkipsMxfp4() {
        Set<Precision> weights = EnumSet.noneOf(Precision.class);
        Set<Precision> kv = EnumSet.noneOf(Precision.class);
        SimSettings up = defaults;
        SimSettings down = defaults;
        for (int i = 0; i < Precision.values().length; i++) {
            up = SettingSteps.kvPrecision(SettingSteps.weightPrecision(up, Direction.UP), Direction.UP);
            down = SettingSteps.kvPrecision(down, Direction.DOWN);
            weights.add(up.weightPrecision());
            kv.add(up.kvPrecision());
            kv.add(down.kvPrecision());
        }
        // INT2 is a KV-cache format only: no engine serves 2-bit integer weights.
        assertEquals(EnumSet.complementOf(EnumSet.of(Precision.INT2)), weights);
        assertFalse(kv.contains(Precision.MXFP4), kv.toString());
        assertEquals(Precision.values().length - 1, kv.size(), kv.toString());
        SimSettings around = defaults;
        for (int i = 0; i < weights.size(); i++) {
            around = SettingSteps.weightPrecision(around, Direction.UP);
        }
        assertEquals(defaults.weightPrecision(), around.weightPrecision(), "eight steps wrap around");
    }

    @Test
    void int2WeightsAreRefusedWithOneLineNamingTheFieldAndWhatWasKept() {
        ScenarioRequest r = parse("precision=int2&kv=int2", defaults);
        assertEquals(List.of("precision 'int2' refused (precision INT2 is a KV-cache format: vLLM serves no 2-bit"
                + " integer weights); kept bf16"), r.notices());
        assertEquals(Precision.BF16, r.settings().weightPrecision());
        assertEquals(Precision.INT2, r.settings().kvPrecision(), "INT2 stays a KV format");
        assertThrows(IllegalArgumentException.class,
                () -> defaults.toBuilder().weightPrecision(Precision.INT2), "no path sets INT2 weights");
    }
}
