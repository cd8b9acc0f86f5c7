package dev.kvcache.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.kvcache.ReferenceData;
import dev.kvcache.TestCatalog;
import dev.kvcache.catalog.Catalog;
import dev.kvcache.catalog.Precision;
import dev.kvcache.catalog.hf.HfConfigImporter;
import dev.kvcache.memory.Scenario;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Bad input of every kind gives one clear message naming what is wrong. */
class MalformedInputTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String DEVICES = TestCatalog.file("devices.json");
    private static final String MODELS = TestCatalog.file("models.json");
    private static final String LLAMA = "{\"id\":\"x\",\"name\":\"X\",\"attention\":\"GQA\",\"totalParamsB\":8,"
            + "\"activeParamsB\":8,\"config\":{\"model_type\":\"llama\",\"num_hidden_layers\":32,"
            + "\"hidden_size\":4096,\"num_attention_heads\":32,\"num_key_value_heads\":8,"
            + "\"intermediate_size\":14336,\"vocab_size\":128256,\"max_position_embeddings\":131072}}";
    private static final String H100 = "{\"id\":\"g\",\"name\":\"G\",\"marketedGB\":80,\"usableGiB\":79,"
            + "\"usableNote\":\"n\",\"memoryType\":\"HBM3\",\"bandwidthGBps\":3350,\"onChipMB\":50,"
            + "\"moduleCount\":5,\"flashTile\":128,\"perf\":{\"denseTflops\":{\"16bit\":989.4,\"fp8\":1978.9,"
            + "\"int8\":1978.9,\"fp4\":\"not supported\"},\"denseTflopsSource\":\"s\",\"bandwidthSource\":\"s\","
            + "\"link\":\"NVLink 4\",\"linkBidirectionalGBps\":900,\"linkSource\":\"s\",\"tdpWatts\":700,"
            + "\"tdpSource\":\"s\",\"usdPerHour\":3.95,\"priceDate\":\"2026-05\",\"priceSource\":\"s\"}}";

    static Stream<Arguments> catalogFiles() {
        return Stream.of(
            Arguments.of("{\"version\":1,\"models\":[" + LLAMA, DEVICES, "models.json: broken JSON"),
            Arguments.of("[1,2]", DEVICES, "models.json: top level must be an object"),
            Arguments.of("{\"models\":[" + LLAMA + "]}", DEVICES, "models.json: version must be a positive integer"),
            Arguments.of("{\"version\":7,\"models\":[" + LLAMA + "]}", DEVICES, "models.json: version 7 is newer"),
            Arguments.of("{\"version\":1,\"models\":{}}", DEVICES, "models.json: \"models\" must be a list"),
            Arguments.of("{\"version\":1,\"models\":[3]}", DEVICES, "models.json entry 0: must be an object"),
            Arguments.of(models(LLAMA.replace("\"id\":\"x\",", "")), DEVICES, "models.json entry 0: id is missing"),
            Arguments.of(models(LLAMA.replace("\"totalParamsB\":8", "\"totalParamsB\":-8")), DEVICES,
                "model x: totalParamsB must be between 0.001 and 10000, got -8"),
            Arguments.of(models(LLAMA.replace("\"totalParamsB\":8", "\"totalParamsB\":1e9")), DEVICES,
                "model x: totalParamsB must be between"),
            Arguments.of(models(LLAMA.replace("\"activeParamsB\":8", "\"activeParamsB\":9")), DEVICES,
                "model x: activeParamsB (9.0) exceeds totalParamsB (8.0)"),
            Arguments.of(models(LLAMA.replace("\"GQA\"", "\"GQB\"")), DEVICES, "model x: attention 'GQB' is not one of"),
            Arguments.of(models(LLAMA.replace("\"GQA\"", "\"MHA\"")), DEVICES,
                "model x: attention says MHA but the config gives GQA"),
            Arguments.of(models(LLAMA.replace("\"num_hidden_layers\":32,", "")), DEVICES,
                "model x config: num_hidden_layers is missing and has no default"),
            Arguments.of(models(LLAMA.replace("\"hidden_size\":4096", "\"hidden_size\":-4096")), DEVICES,
                "model x config: hidden_size must be positive, got -4096"),
            Arguments.of(models(LLAMA.replace("\"num_key_value_heads\":8", "\"num_key_value_heads\":7")), DEVICES,
                "model x config: num_key_value_heads (7) must divide num_attention_heads (32)"),
            Arguments.of(models(LLAMA.replace("\"num_hidden_layers\":32", "\"num_hidden_layers\":\"32\"")), DEVICES,
                "model x config: num_hidden_layers must be a number, got \"32\""),
            Arguments.of(models(LLAMA.replace("\"num_hidden_layers\":32", "\"num_hidden_layers\":1e12")), DEVICES,
                "model x config: num_hidden_layers is absurdly large"),
            Arguments.of(models(LLAMA.replace(",\"config\":{", ",\"conf\":{")), DEVICES, "model x: config is missing"),
            Arguments.of(models(LLAMA + "," + LLAMA), DEVICES, "model x: id is already used"),
            Arguments.of(models(LLAMA.replace("\"name\":\"X\"", "\"name\":\"X\",\"aliases\":[\"llama-70b\"]")
                + "," + LLAMA.replace("\"id\":\"x\"", "\"id\":\"y\"").replace("\"name\":\"X\"",
                "\"name\":\"Y\",\"aliases\":[\"LLAMA 70B\"]")), DEVICES, "model y: alias 'LLAMA 70B' is already used by x"),
            Arguments.of(MODELS, devices(H100.replace("\"usableGiB\":79", "\"usableGiB\":90")),
                "device g: usableGiB (90.0) exceeds the marketed 80.0 GB"),
            Arguments.of(MODELS, devices(H100.replace("\"HBM3\"", "\"Flash\"")),
                "device g: memoryType 'Flash' is not HBM*, GDDR*, SRAM* or (LP)DDR*"),
            Arguments.of(MODELS, devices(H100.replace("\"flashTile\":128", "\"flashTile\":100")),
                "device g: flashTile must be a power of two, got 100"),
            Arguments.of(MODELS, devices(H100.replace("\"flashTile\":128", "\"flashTile\":128,\"unit\":\"board\"")),
                "device g: unit 'board' is not GPU, chip or wafer"),
            Arguments.of(MODELS, devices(H100.replace("\"moduleCount\":5", "\"moduleCount\":0")),
                "device g: moduleCount must be between 1 and 1000000, got 0"),
            Arguments.of(MODELS, devices(H100.replace("\"marketedGB\":80", "\"marketedGB\":-1")),
                "device g: marketedGB must be between"),
            Arguments.of(MODELS, devices(H100.replace("\"usableNote\":\"n\",", "")), "device g: usableNote is missing"),
            Arguments.of(MODELS, devices(H100.replace("\"bandwidthGBps\":3350", "\"bandwidthGBps\":\"fast\"")),
                "device g: bandwidthGBps must be a number, got \"fast\""),
            Arguments.of(MODELS, devices(H100.replace(",\"perf\":{", ",\"prf\":{")), "device g: perf is missing"),
            Arguments.of(MODELS, devices(H100.replace("\"16bit\":989.4,", "")),
                "device g perf denseTflops: 16bit is missing"),
            Arguments.of(MODELS, devices(H100.replace("\"fp8\":1978.9", "\"fp8\":\"unknown\"")),
                "device g perf denseTflops: fp8 must be a number, \"not published\" or \"not supported\", got \"unknown\""),
            Arguments.of(MODELS, devices(H100.replace("\"tdpWatts\":700", "\"tdpWatts\":\"not supported\"")),
                "device g perf: tdpWatts cannot be \"not supported\""),
            Arguments.of(MODELS, devices(H100.replace("\"tdpSource\":\"s\",", "")), "device g perf: tdpSource is missing"),
            Arguments.of(MODELS, devices(H100.replace("\"fp4\":\"not supported\"", "\"fp4\":\"not supported\",\"fp6\":1")),
                "device g perf denseTflops: fp6 is not one of 16bit, fp8, int8, fp4"),
            Arguments.of(MODELS, devices(H100.replace("\"usdPerHour\":3.95", "\"usdPerHour\":-3")),
                "device g perf: usdPerHour must be between"),
            Arguments.of(MODELS, devices(H100.replace("\"priceDate\":\"2026-05\"", "\"priceDate\":\"not published\"")),
                "device g perf: priceDate must date a price that is given"));
    }

    @ParameterizedTest
    @MethodSource("catalogFiles")
    void badCatalogFilesAreReported(String models, String devices, String expected) {
        CatalogLoader loader = new CatalogLoader();
        loader.load(models, devices);
        assertTrue(loader.problems().toString().contains(expected), "expected '" + expected + "' in "
                + loader.problems());
    }

    static Stream<Arguments> configs() {
        return Stream.of(
            Arguments.of("meta-llama__llama-3.1-8b-instruct", "num_hidden_layers", null,
                "llama.json: num_hidden_layers is missing and has no default for this model_type"),
            Arguments.of("meta-llama__llama-3.1-8b-instruct", "hidden_size", 0, "llama.json: hidden_size must be positive, got 0"),
            Arguments.of("meta-llama__llama-3.1-8b-instruct", "num_key_value_heads", 64,
                "llama.json: num_key_value_heads (64) must divide num_attention_heads (32)"),
            Arguments.of("meta-llama__llama-3.1-8b-instruct", "hidden_size", 4095.5,
                "llama.json: hidden_size must be a whole number, got 4095.5"),
            Arguments.of("qwen__qwen3-next-80b-a3b-instruct", "full_attention_interval", 0,
                "llama.json: full_attention_interval must be positive, got 0"),
            Arguments.of("codellama__codellama-7b-hf", "num_attention_heads", 31,
                "llama.json: num_key_value_heads (32) must divide num_attention_heads (31)"),
            Arguments.of("openai__gpt-oss-20b", "num_hidden_layers", 36,
                "llama.json: layer_types has 24 entries but num_hidden_layers is 36"),
            Arguments.of("deepseek-ai__deepseek-v2-lite-chat", "qk_rope_head_dim", "64",
                "llama.json: qk_rope_head_dim must be a number, got \"64\""),
            Arguments.of("mistralai__mixtral-8x7b-instruct-v0.1", "num_experts_per_tok", 9,
                "llama.json: num_experts_per_tok must be between 1 and the 8 routed experts, got 9"),
            Arguments.of("qwen__qwen3-next-80b-a3b-instruct", "linear_num_value_heads", -32,
                "llama.json: linear_num_value_heads must be positive, got -32"),
            Arguments.of("qwen__qwen3-next-80b-a3b-instruct", "mamba_ssm_dtype", "fp8",
                "llama.json: mamba_ssm_dtype \"fp8\" is not float32, bfloat16 or float16"),
            Arguments.of("google__gemma-2-9b-it", "tie_word_embeddings", "yes",
                "llama.json: tie_word_embeddings must be true or false, got \"yes\""));
    }

    @ParameterizedTest
    @MethodSource("configs")
    void badConfigsNameTheField(String config, String field, Object value, String expected) {
        Map<String, Object> tree = new HashMap<>(ReferenceData.config(config));
        if (value == null) {
            tree.remove(field);
        } else {
            tree.put(field, value);
        }
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
            () -> HfConfigImporter.read(tree, "x", "llama.json").build());
        assertEquals(expected, e.getMessage().substring(0, Math.min(e.getMessage().length(), expected.length())));
    }

    static Stream<Arguments> lookups() {
        return Stream.of(
            Arguments.of("model", "lama-70b", "unknown model 'lama-70b'; did you mean llama-3.1-70b?"),
            Arguments.of("model", "zzzzzzzzzzzzzzzzzzzzzzzzzz", "unknown model 'zzzzzzzzzzzzzzzzzzzzzzzzzz'"),
            Arguments.of("device", "h10", "unknown device 'h10'; did you mean h100?"),
            Arguments.of("precision", "fp7", "unknown precision 'fp7' (expected FP32, FP16, BF16, FP8, INT8, INT4, INT2 or MXFP4)"),
            Arguments.of("kv", "mxfp4", "kv MXFP4 is a weight format; the KV cache takes FP32, FP16, BF16, FP8, INT8, INT4 or INT2"),
            Arguments.of("batch", "0", "batch must be between 1 and 1,000,000, got 0"),
            Arguments.of("batch", "-5", "batch must be between 1 and 1,000,000, got -5"),
            Arguments.of("context", "0", "context must be between 1 and 1,000,000,000, got 0"),
            Arguments.of("context", "99999999999", "context must be between 1 and 1,000,000,000, got 99999999999"),
            Arguments.of("tp", "0", "tp must be between 1 and 4,096, got 0"),
            Arguments.of("pp", "81", "pp 81 exceeds the 80 layers of llama-3.1-70b"),
            Arguments.of("util", "1.5", "gpu-memory-utilization must be in (0, 1], got 1.5"),
            Arguments.of("util", "0", "gpu-memory-utilization must be in (0, 1], got 0.0"));
    }

    @ParameterizedTest
    @MethodSource("lookups")
    void badLookupsAndSettingsSayWhatIsWrong(String what, String value, String expected) {
        // The engine names the field as a link does; the command line adds its dashes (ReportCommandTest).
        Catalog c = TestCatalog.get();
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> {
            Scenario.Builder b = new Scenario.Builder(c.model("llama-70b"), c.device("h100"));
            switch (what) {
                case "model": c.model(value); break;
                case "device": c.device(value); break;
                case "precision": Precision.parse(value); break;
                case "kv": Precision.parseForKvCache(value); break;
                case "batch": b.batch(Long.parseLong(value)); break;
                case "context": b.context(Long.parseLong(value)); break;
                case "tp": b.tensorParallel(Long.parseLong(value)); break;
                case "pp": b.pipelineParallel(Long.parseLong(value)).build(); break;
                default: b.gpuMemoryUtilization(Double.parseDouble(value)); break;
            }
        });
        assertEquals(expected, e.getMessage());
    }

    private static String models(String entries) {
        return "{\"version\":1,\"models\":[" + entries + "]}";
    }

    private static String devices(String entries) {
        return "{\"version\":1,\"devices\":[" + entries + "]}";
    }
}
