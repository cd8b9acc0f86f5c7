package dev.kvcache.desktop.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.kvcache.scenario.StartupScenario;
import dev.kvcache.sim.BatchingMode;
import dev.kvcache.sim.FlashMode;
import dev.kvcache.sim.PagingMode;
import dev.kvcache.sim.SimSettings;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The report command: one JSON object and exit 0, or a one-line error and exit 2. */
class ReportCommandTest {
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        return new ReportCommand().run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @Test
    void printsEveryFieldForAnAlias() throws Exception {
        assertEquals(0, run("--model", "LLAMA-70B", "--gpu", "h100", "--precision", "bf16",
                "--kv-precision", "FP8", "--batch", "8", "--context", "128K", "--tp", "4"));
        JsonNode r = new ObjectMapper().readTree(out.toString(StandardCharsets.UTF_8));
        assertEquals("llama-3.1-70b", r.at("/model/id").asText());
        assertEquals(163_840, r.at("/kvBytesPerToken").asLong());
        assertEquals(8L * 131_072 * 163_840, r.at("/kvCacheBytes").asLong());
        for (String field : new String[] {"/gpu/usableBytes", "/perGpu/totalBytes", "/gpusNeeded", "/fits",
            "/utilization", "/efficiency", "/flashAttention/savedBytes", "/limits/maxBatch",
            "/vllm/poolTokens", "/vllm/kvBytesPerTokenPerGpu", "/training/totalBytes", "/serving/requestsFinished",
            "/serving/meanKvReservedBytes", "/formula"}) {
            assertTrue(!r.at(field).isMissingNode(), field);
        }
        assertEquals(16, r.at("/vllm/blockSize").asInt());
    }

    @Test
    void continuousBatchingAndPagingShowInTheSimulatedServing() throws Exception {
        JsonNode both = report("--batch", "16", "--context", "32K", "--pa", "1");
        JsonNode noBatching = report("--batch", "16", "--context", "32K", "--pa", "1", "--cb", "0");
        JsonNode noPaging = report("--batch", "16", "--context", "32K", "--pa", "0");
        assertTrue(both.at("/serving/requestsFinished").asLong() > noBatching.at("/serving/requestsFinished").asLong());
        assertTrue(noPaging.at("/serving/meanWasteBytes").asLong() > 100 * both.at("/serving/meanWasteBytes").asLong());
        // The static figures do not depend on either: they are the full batch at the full context.
        assertEquals(both.at("/kvCacheBytes").asLong(), noBatching.at("/kvCacheBytes").asLong());
        assertEquals("batch 64: the simulation runs 1 to 32 sequences", report("--batch", "64").at("/serving/skipped").asText());
    }

    @Test
    void theGpusNeededAreTheGpusOfTheLayoutThatHoldsTheScenario() throws Exception {
        // Batch 32 at 100M on H100s: the red box, the info panel and the formula once disagreed
        // (4,969 needed, 5,626 in use, a 5,600-GPU layout); one search decides all three now.
        JsonNode r = report("--model", "llama-3.1-8b", "--gpu", "h100", "--batch", "32", "--context", "100M");
        long gpus = r.at("/gpusNeeded").asLong();
        assertEquals(gpus, r.at("/layout/gpus").asLong());
        assertEquals(gpus, r.at("/layout/tp").asLong() * r.at("/layout/pp").asLong() * r.at("/layout/cp").asLong());
        // Pinned: 32 x 100M tokens x 131,072 B of KV on 79.2 GiB GPUs, 2-layer stages of 8-way tensor parallel.
        assertEquals(4_992, gpus);
        assertEquals(8, r.at("/layout/tp").asLong());
        assertEquals(16, r.at("/layout/pp").asLong());
        assertEquals(39, r.at("/layout/cp").asLong());
        // That layout, asked for explicitly, fits; its predecessor in GPU count does not.
        JsonNode onIt = report("--model", "llama-3.1-8b", "--gpu", "h100", "--batch", "32", "--context", "100M",
                "--tp", r.at("/layout/tp").asText(), "--pp", r.at("/layout/pp").asText(),
                "--cp", r.at("/layout/cp").asText());
        assertTrue(onIt.at("/fits").asBoolean(), onIt.at("/formula").asText());
        assertTrue(onIt.at("/utilization").asDouble() > 0.95, onIt.at("/formula").asText());
    }

    @Test
    void sizesPastSixtyFourBitsAreMarkedCappedNeverNegative() throws Exception {
        // 1M sequences of 1B tokens of Llama-3.1-405B's KV: about 5e20 bytes, past 2^63.
        JsonNode r = report("--model", "llama-3.1-405b", "--batch", "1000000", "--context", "1B");
        java.util.List<String> capped = new java.util.ArrayList<>();
        r.at("/capped").forEach(n -> capped.add(n.asText()));
        assertTrue(capped.contains("/kvCacheBytes"), capped.toString());
        assertTrue(capped.contains("/perGpu/totalBytes"), capped.toString());
        assertTrue(r.at("/formula").asText().contains("more than 8 EiB"), r.at("/formula").asText());
        r.findValues("totalBytes").forEach(n -> assertTrue(n.asLong() >= 0, n.toString()));
        assertTrue(report("--batch", "4").at("/capped").isMissingNode());
    }

    @Test
    void contextsMeanWhatTheAppsPresetsMean() throws Exception {
        // The app's presets: 4K..128K in powers of two, 200K and the M sizes decimal.
        assertEquals(131_072, report("--context", "128K").at("/settings/context").asLong());
        assertEquals(200_000, report("--context", "200K").at("/settings/context").asLong());
        assertEquals(1_000_000, report("--context", "1M").at("/settings/context").asLong());
        assertEquals(100_000_000, report("--context", "100M").at("/settings/context").asLong());
    }

    @Test
    void withoutOptionsItReportsTheScenarioTheAppStartsWith() throws Exception {
        JsonNode r = report();
        SimSettings app = StartupScenario.defaults(ReportCommand.loadCatalog());
        assertEquals(8, r.at("/settings/batch").asInt());
        assertEquals(131_072, r.at("/settings/context").asLong());
        assertEquals(app.batch(), r.at("/settings/batch").asInt());
        assertEquals(app.contextTokens(), r.at("/settings/context").asLong());
        assertEquals(app.modelId(), r.at("/model/id").asText());
        assertEquals(app.deviceId(), r.at("/gpu/id").asText());
        assertEquals(app.weightPrecision().displayName(), r.at("/settings/precision").asText());
        assertEquals(app.kvPrecision().displayName(), r.at("/settings/kv").asText());
        assertEquals(app.batching() == BatchingMode.CONTINUOUS ? 1 : 0, r.at("/settings/cb").asInt());
        assertEquals(app.paging() == PagingMode.PAGED ? 1 : 0, r.at("/settings/pa").asInt());
        assertEquals(app.flash() == FlashMode.FLASH ? 1 : 0, r.at("/settings/fa").asInt());
    }

    @ParameterizedTest
    @CsvSource({"gpt-oss-120b, MXFP4, BF16", "deepseek-v3, FP8, FP8", "kimi-k2, FP8, FP8"})
    void aModelStartsInItsNativeWeightsAsInTheApp(String model, String weights, String kv) throws Exception {
        JsonNode r = report("--model", model, "--context", "4K");
        Map<String, String> link = new HashMap<>();
        link.put("model", model);
        SimSettings app = StartupScenario.resolve(ReportCommand.loadCatalog(), new HashMap<>(), link).settings();
        assertEquals(weights, r.at("/settings/precision").asText());
        assertEquals(kv, r.at("/settings/kv").asText());
        assertEquals(app.weightPrecision().displayName(), r.at("/settings/precision").asText());
        assertEquals(app.kvPrecision().displayName(), r.at("/settings/kv").asText());
    }

    @Test
    void theLinksNamesAndTheOldSpellingsMeanTheSame() throws Exception {
        String[] common = {"--model", "llama-8b", "--context", "8K", "--batch", "2"};
        JsonNode kv = report(concat(common, "--kv", "fp8", "--gpu", "a100-80g"));
        JsonNode kvPrecision = report(concat(common, "--kv-precision", "fp8", "--device", "a100-80g"));
        assertEquals("FP8", kv.at("/settings/kv").asText());
        assertEquals("FP8", kv.at("/settings/kvPrecision").asText(), "the old field stays for scripts");
        assertEquals("a100-80g", kv.at("/gpu/id").asText());
        assertEquals(kv, kvPrecision);
    }

    private static String[] concat(String[] first, String... more) {
        String[] all = Arrays.copyOf(first, first.length + more.length);
        System.arraycopy(more, 0, all, first.length, more.length);
        return all;
    }

    private JsonNode report(String... args) throws Exception {
        out.reset();
        assertEquals(0, run(args), err.toString(StandardCharsets.UTF_8));
        return new ObjectMapper().readTree(out.toString(StandardCharsets.UTF_8));
    }

    @Test
    void importsAConfigFile() throws Exception {
        String file = System.getProperty("kvcache.assets") + "/../core/src/test/resources/reference/hf-configs/"
                + "google__gemma-3-12b-it.json";
        assertEquals(0, run("--model-config", file, "--context", "8192", "--gpu-memory-utilization", "0.95"));
        JsonNode r = new ObjectMapper().readTree(out.toString(StandardCharsets.UTF_8));
        assertEquals("SLIDING", r.at("/model/attention").asText());
        assertEquals(393_216, r.at("/vllm/kvBytesPerTokenPerGpu").asLong());
    }

    @Test
    void badOptionsExitTwoWithOneLine() {
        String[][] bad = {{"--model", "nope-9000"}, {"--batch", "-1"}, {"--context", "12Q"}, {"--fa", "2"},
            {"--precision", "fp7"}, {"--bogus", "1"}, {"--tp"}, {"--model-config", "/no/such.json"},
            {"--kv", "mxfp4"}, {"--speed", "10"}, {"--kv", "fp8", "--kv-precision", "int8"},
            {"--gpu-memory-utilization", "0x1p-3"}, {"--prompt", "0"}, {"--output", "-5"},
            {"--bw-efficiency", "1.5"}, {"--flops-efficiency", "0"}, {"--prompt"}};
        for (String[] args : bad) {
            err.reset();
            assertEquals(2, run(args), String.join(" ", args));
            String line = err.toString(StandardCharsets.UTF_8);
            assertTrue(line.startsWith("report: ") && line.indexOf('\n') == line.length() - 1, line);
        }
    }

    @Test
    void theCommandLineReadsValuesAsLinksDoAndRefusesWhatTheAppWouldCorrect() throws Exception {
        // One codec: the link's words, with the option's dashes and nothing kept.
        assertEquals("report: --batch '12abc' is not understood", refused("--batch", "12abc"));
        assertEquals("report: --model 'lama-3.1-8b': unknown model; did you mean llama-3.1-8b?",
                refused("--model", "lama-3.1-8b"));
        assertEquals("report: --model '12345': unknown model", refused("--model", "12345"));
        assertEquals("report: --batch 2000000 is out of range (the nearest allowed is 1000000)",
                refused("--batch", "2000000"));
        assertEquals("report: --kv 'fp8_garbage' is not understood", refused("--kv", "fp8_garbage"));
        // Values the app's links take are taken here the same way.
        JsonNode r = report("--context", "8K", "--cb", "on", "--pa", "yes", "--batch", "1K");
        assertEquals(8_192, r.at("/settings/context").asLong());
        assertEquals(1_024, r.at("/settings/batch").asLong());
        assertEquals(1, r.at("/settings/cb").asInt());
        assertEquals(1, r.at("/settings/pa").asInt());
    }

    @TempDir
    Path dir;

    /** Writes {@code json} (single quotes for readability) to {@code name} in a temporary folder. */
    private String file(String name, String json) throws IOException {
        Path p = dir.resolve(name);
        Files.writeString(p, json.replace('\'', '"'), StandardCharsets.UTF_8);
        return p.toString();
    }

    /** Runs the report expecting exit 2 and returns its one stderr line, without the newline. */
    private String refused(String... args) {
        err.reset();
        assertEquals(2, run(args), String.join(" ", args));
        String text = err.toString(StandardCharsets.UTF_8);
        assertTrue(text.endsWith("\n") && text.indexOf('\n') == text.length() - 1, text);
        return text.substring(0, text.length() - 1);
    }

    private static final String SMALL_LLAMA = "'model_type':'llama','num_hidden_layers':2,'hidden_size':512,"
            + "'num_attention_heads':8,'num_key_value_heads':2,'intermediate_size':1024,'vocab_size':1000,"
            + "'max_position_embeddings':4096";

    @Test
    void aConfigFileThatIsNotAnObjectExitsTwoNamingWhatItHolds() throws Exception {
        String expected = "report: --model-config config.json: expected a JSON object (a Hugging Face"
                + " config.json), got ";
        assertEquals(expected + "null", refused("--model-config", file("config.json", "null")));
        assertEquals(expected + "an array",
                refused("--model-config", file("config.json", "[{" + SMALL_LLAMA + "}]")));
        assertEquals(expected + "a string", refused("--model-config", file("config.json", "'llama'")));
        assertEquals(expected + "a number", refused("--model-config", file("config.json", "3")));
        assertEquals("report: --model-config config.json: text_config must be an object, got a list",
                refused("--model-config", file("config.json", "{'model_type':'gemma3','text_config':[1]}")));
        assertTrue(out.toString(StandardCharsets.UTF_8).isEmpty());
    }

    @Test
    void unmodelledArchitecturesExitTwoNamingTheModelType() throws Exception {
        assertEquals("report: --model-config jamba.json: model_type 'jamba' (Mamba layers) is not modelled;"
                + " supported: decoder-only attention models (full, sliding-window, chunked, MLA, and Gated"
                + " DeltaNet hybrids such as Qwen3-Next)",
                refused("--model-config", file("jamba.json", "{" + SMALL_LLAMA.replace("llama", "jamba") + "}")));
        assertTrue(refused("--model-config", file("t5.json", "{'model_type':'t5','is_encoder_decoder':true}"))
                .startsWith("report: --model-config t5.json: model_type 't5' (encoder-decoder) is not modelled"));
    }

    @Test
    void nullAndEmptyFieldsTakeTheDefaults() throws Exception {
        // num_key_value_heads null: every head (MHA); layer_types []: derived (no window: all full).
        String config = file("small.json", "{" + SMALL_LLAMA.replace("'num_key_value_heads':2",
                "'num_key_value_heads':null,'layer_types':[],'head_dim':null") + "}");
        assertEquals(0, run("--model-config", config), err.toString(StandardCharsets.UTF_8));
        JsonNode r = new ObjectMapper().readTree(out.toString(StandardCharsets.UTF_8));
        assertEquals(8, r.at("/model/kvHeads").asInt());
        assertEquals(64, r.at("/model/headDim").asInt());
        assertEquals("MHA", r.at("/model/attention").asText());
        // 2 layers x 2 (K, V) x 8 heads x 64 x 2 B.
        assertEquals(4_096, r.at("/kvBytesPerToken").asLong());
    }

    @Test
    void tensorParallelSizesVllmRefusesExitTwo() throws Exception {
        assertEquals("report: --tp 3 does not divide the 32 attention heads of llama-3.1-8b, which vLLM refuses;"
                + " valid sizes: 1, 2, 4, 8, 16 or 32", refused("--tp", "3"));
        assertEquals("report: --tp 3 does not divide the 8 attention heads of small, which vLLM refuses;"
                + " valid sizes: 1, 2, 4 or 8",
                refused("--model-config", file("small.json", "{" + SMALL_LLAMA + "}"), "--tp", "3"));
    }

    @Test
    void tensorParallelBeyondTheKvHeadsReplicatesThemAndSaysSo() throws Exception {
        assertEquals(0, run("--tp", "16"));
        String notice = "tp 16 > 8 KV heads: vLLM replicates each KV head on 2 GPUs, so the cache per GPU"
                + " stops shrinking at tp 8";
        assertEquals("report: " + notice + "\n", err.toString(StandardCharsets.UTF_8));
        JsonNode r = new ObjectMapper().readTree(out.toString(StandardCharsets.UTF_8));
        assertEquals(notice, r.at("/notices/0").asText());
        assertEquals(1, r.at("/notices").size());
        // One KV head per GPU: 32 layers x 2 x 1 x 128 x 2 B, as at tp 8.
        assertEquals(16_384, r.at("/vllm/kvBytesPerTokenPerGpu").asLong());
        assertEquals(0, report("--tp", "8").at("/notices").size());
    }

    @Test
    void performanceHasExactlyTheIssuesFieldsForTheBatchAsUsers() throws Exception {
        JsonNode r = report("--model", "llama-3.1-8b", "--gpu", "h100", "--batch", "8", "--context", "8K");
        JsonNode p = r.at("/performance");
        java.util.List<String> names = new java.util.ArrayList<>();
        p.fieldNames().forEachRemaining(names::add);
        assertEquals(Arrays.asList("decodeStepSeconds", "tpotSeconds", "ttftSeconds", "tokensPerSecond",
                "tokensPerSecondPerUser", "requestsPerSecond", "boundBy", "costPerMillionTokens", "joulesPerToken",
                "ridgeBatch"), names);
        assertEquals("memory", p.at("/boundBy").asText());
        double step = p.at("/decodeStepSeconds").asDouble();
        assertTrue(step > 0.004 && step < 0.012, "an 8B model's step on an H100 takes a few ms: " + step);
        assertTrue(p.at("/tpotSeconds").asDouble() >= step, "others' prefills only add to a user's token time");
        assertEquals(8 / p.at("/tpotSeconds").asDouble(), p.at("/tokensPerSecond").asDouble(),
                0.05 * p.at("/tokensPerSecond").asDouble(), "eight users, each a token per TPOT");
        // At 1.5K tokens a sequence's KV reads (201 MB) take longer than its operations: no batch
        // turns the step compute-bound. With 24-token requests the weights dominate and one does.
        assertTrue(p.at("/ridgeBatch").isNull(), "no ridge at 1.5K tokens a sequence");
        JsonNode shortRequests = report("--model", "llama-3.1-8b", "--gpu", "h100", "--prompt", "16", "--output", "16");
        assertTrue(shortRequests.at("/performance/ridgeBatch").asInt() > 100, shortRequests.at("/performance").toString());
        assertEquals(1024, r.at("/settings/prompt").asLong());
        assertEquals(1024, r.at("/settings/output").asLong());
        assertEquals(0.7, r.at("/settings/bwEfficiency").asDouble(), 0.0);
    }

    @Test
    void theEfficienciesScaleTheSteps() throws Exception {
        String[] common = {"--model", "llama-3.1-8b", "--gpu", "h100", "--batch", "1", "--context", "8K"};
        double at07 = report(common).at("/performance/decodeStepSeconds").asDouble();
        double at035 = report(concat(common, "--bw-efficiency", "0.35")).at("/performance/decodeStepSeconds").asDouble();
        double overhead = 0.001;
        assertEquals(2 * (at07 - overhead), at035 - overhead, 1e-9, "a memory-bound step at half the bandwidth");
        double prefill = report(common).at("/performance/ttftSeconds").asDouble();
        double slowPrefill = report(concat(common, "--flops-efficiency", "0.25")).at("/performance/ttftSeconds")
                .asDouble();
        assertTrue(slowPrefill > 1.8 * (prefill - overhead), "a compute-bound prefill at half the peak");
    }

    @Test
    void badRequestShapesNameTheirOption() {
        assertEquals("report: --prompt must be a token count of at least 1 like 1024, got 'many'",
                refused("--prompt", "many"));
        assertEquals("report: --bw-efficiency must be a fraction in (0, 1] like 0.7, got '1.5'",
                refused("--bw-efficiency", "1.5"));
        assertEquals("report: --flops-efficiency must be a fraction in (0, 1] like 0.7, got '0'",
                refused("--flops-efficiency", "0"));
        assertEquals("report: --prompt 6,000 + --output 3,000 tokens exceed the context of 8,192 tokens;"
                + " raise --context or shorten the request", refused("--context", "8K", "--prompt", "6000", "--output", "3000"));
        // Past 64 bits the count is read as the largest long; with the prompt it must still exceed the context,
        // not wrap to a negative sum and print a negative throughput.
        assertEquals("report: --prompt 1,024 + --output 9,223,372,036,854,775,807 tokens exceed the context of 131,072"
                + " tokens; raise --context or shorten the request", refused("--output", "99999999999999999999"));
    }

    @Test
    void speculativeHasExactlyTheIssuesFieldsAndZerosWithoutADraft() throws Exception {
        JsonNode off = report("--model", "llama-3.1-70b", "--gpu", "h100");
        List<String> names = new ArrayList<>();
        off.get("speculative").fieldNames().forEachRemaining(names::add);
        assertEquals(List.of("draftWeightsBytes", "draftKvBytes", "tokensPerStep", "speedup"), names);
        assertEquals(0L, off.at("/speculative/draftWeightsBytes").asLong());
        assertEquals(0L, off.at("/speculative/draftKvBytes").asLong());
        assertEquals(1.0, off.at("/speculative/tokensPerStep").asDouble(), 0.0);
        assertEquals(1.0, off.at("/speculative/speedup").asDouble(), 0.0);
        assertEquals(off, report("--model", "llama-3.1-70b", "--gpu", "h100", "--draft", "none"),
                "draft none is today's report");
    }

    @Test
    void aDraftModelReservesItsMemoryAndSpeedsUpDecoding() throws Exception {
        String[] common = {"--model", "llama-3.1-70b", "--gpu", "h100", "--batch", "8", "--context", "128K"};
        JsonNode off = report(common);
        JsonNode on = report(concat(common, "--draft", "llama-3.1-8b", "--acceptance", "0.8"));
        assertEquals(16_060_000_000L, on.at("/speculative/draftWeightsBytes").asLong(), "8.03B x 2 bytes");
        assertEquals(8L * 131_076 * 131_072, on.at("/speculative/draftKvBytes").asLong(),
                "8 x (131,072 + 4 tokens) x 131,072 bytes a token");
        assertEquals(3.3616, on.at("/speculative/tokensPerStep").asDouble(), 1e-12);
        // (1 - 0.8^5) / 0.2 computes to 3.3615999999999997: printed as the figure it is.
        assertEquals("3.3616", on.at("/speculative/tokensPerStep").toString());
        assertTrue(on.at("/speculative/speedup").asDouble() > 1.0);
        assertTrue(on.at("/perGpu/totalBytes").asLong() > off.at("/perGpu/totalBytes").asLong());
        assertTrue(on.at("/gpusNeeded").asInt() >= off.at("/gpusNeeded").asInt());
        assertEquals("llama-3.1-8b", on.at("/settings/draft").asText());
        assertEquals(4, on.at("/settings/draftK").asInt());
    }

    @Test
    void int2WeightsAreRefusedInOneLine() {
        assertEquals("report: --precision INT2 is a KV-cache format: vLLM serves no 2-bit integer weights",
                refused("--precision", "int2"));
    }

    @Test
    void badSpeculativeValuesNameTheirOption() {
        assertEquals("report: --draft 'nosuch': unknown model", refused("--draft", "nosuch"));
        assertEquals("report: --draftK must be between 1 and 16, got 20", refused("--draft", "llama-3.2-1b", "--draftK", "20"));
        assertEquals("report: --acceptance 'NaN' is not understood", refused("--acceptance", "NaN"));
        assertEquals("report: --acceptance must be between 0 and 1, got 1.5", refused("--acceptance", "1.5"));
        assertEquals("report: --draft 'mtp': mtp needs a model with MTP heads, such as deepseek-v3",
                refused("--model", "llama-3.1-8b", "--draft", "mtp"));
    }
}
