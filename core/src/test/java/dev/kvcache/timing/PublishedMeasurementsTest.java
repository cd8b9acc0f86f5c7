package dev.kvcache.timing;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kvcache.TestCatalog;
import dev.kvcache.catalog.Catalog;
import dev.kvcache.catalog.Precision;
import dev.kvcache.memory.Scenario;
import dev.kvcache.sim.TickWork;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The time model's defaults (0.7 of bandwidth, 0.5 of peak, 1 ms a step, 6 us a collective)
 * against published measurements of named models, GPUs, layouts and batches: decode within 25%,
 * time to first token within 35%. No constant was tuned to any of these.
 *
 * <p>Not matched, and left out of the fitted assertions rather than tuned for: NIM 1.8.0's
 * Llama-3.3-70B FP8 TP2 on 2 x H100 at concurrency 5 with 500 input / 2000 output tokens reports a
 * TTFT of 126.53 ms; the model gives 57 ms: the step in flight (17 ms, the other four decoding) and
 * the prompt's own step (40 ms, nearly all of it the 500 tokens' 2 x 70.6 B operations each). The
 * rest is the benchmark's arrivals, not the engine: its five clients send requests of one fixed
 * length back to back, so requests that finish together come back together, and prompts that
 * arrive together share one prefill step (2,500 tokens fit vLLM's 8,192-token step budget, as they
 * fit TensorRT-LLM's) and all wait for all of it. One prompt alone and five at once bracket the
 * measurement ({@link #nimsFiveShortPromptsLieBetweenStaggeredAndTogether}); the steady-state model
 * assumes arrivals spread out, as real users' are.
 *
 * <p>Also checked and not matched (so not asserted), with the model's error: gpt-oss-120b on
 * 8 x H100 under vLLM, 1,024 in / 8,192 out (SemiAnalysisAI/InferenceX#828, TPOT 3.68 / 4.00 / 4.53 /
 * 5.65 ms at 4 / 8 / 16 / 32 users): +26%, +26%, +25%, +18%, where vLLM's own all-reduce for small
 * messages is faster than the ring the model prices; Llama-3.1-405B FP8 on 8 x MI300X under vLLM's
 * 2024 ROCm build, 128 in / 128 out (Oracle's "Serving Llama 3.1 405B model with AMD MI300X GPUs",
 * 3.530 / 5.130 / 17.750 s at batch 1 / 32 / 256): -9%, -31%, -51%, the larger batches well below the
 * achieved rates the defaults assume.
 */
class PublishedMeasurementsTest {
    /** NVIDIA NIM for LLMs benchmarks, Llama-3.3-70b-instruct, NIM 1.8.0, 2 x H100 80G, fp8, TP2. */
    private static final String NIM = "https://docs.nvidia.com/nim/benchmarking/llm/1.0.0/performance";
    /**
     * vLLM's CI performance benchmark, latency tests: input 32 tokens, output 128 tokens, batch
     * fixed at 8 (benchmark_latency: the 8 prompts prefilled together, then 127 decode steps),
     * BF16, mean end-to-end latency; decode dominates it. Build 9513 repeats the H200 figures
     * within 0.3%.
     */
    private static final String VLLM_CI_H200 = "https://buildkite.com/vllm/performance-benchmark/builds/9515";
    private static final String VLLM_CI_A100 = "https://buildkite.com/vllm/performance-benchmark/builds/9523";
    private static final double DECODE_TOLERANCE = 0.25;
    private static final double PREFILL_TOLERANCE = 0.35;

    private final Catalog catalog = TestCatalog.get();

    static Stream<Arguments> batchLatencies() {
        // source, model (catalog id; vLLM's "llama-3 70B" has Llama-3.1-70B's architecture), GPU, tp, seconds measured
        return Stream.of(
            Arguments.of(VLLM_CI_H200, "llama-3.1-8b", "h200", 1, 0.833421),
            Arguments.of(VLLM_CI_H200, "llama-3.1-70b", "h200", 4, 2.07753),
            Arguments.of(VLLM_CI_H200, "mixtral-8x7b", "h200", 2, 1.91744),
            Arguments.of(VLLM_CI_A100, "llama-3.1-8b", "a100-80g", 1, 1.57927),
            Arguments.of(VLLM_CI_A100, "llama-3.1-70b", "a100-80g", 4, 3.99059),
            Arguments.of(VLLM_CI_A100, "mixtral-8x7b", "a100-80g", 2, 3.64384));
    }

    @ParameterizedTest(name = "{1} on {2} tp{3}: {4} s for 8 x (32 in, 128 out)")
    @MethodSource("batchLatencies")
    void aFixedBatchDecodesInThePublishedTime(String source, String modelId, String deviceId, int tp, double measured) {
        Scenario s = new Scenario.Builder(catalog.model(modelId), catalog.device(deviceId)).weights(Precision.BF16)
                .kv(Precision.BF16).tensorParallel(tp).build();
        StepModel model = new StepModel(LayoutWork.of(s, tp, 1, 1), new DeviceRates(s.device, s.weights,
                TimingSettings.DEFAULT));
        StepCost cost = new StepCost();
        int batch = 8;
        int in = 32;
        double seconds = model.step(0, 0, 0, batch * in, batch * (in * (in + 1) / 2.0), 0, cost);
        for (int token = 1; token < 128; token++) {
            seconds += model.step(batch, batch * (double) (in + token), 0, 0, 0, 0, cost);
        }
        assertWithin(DECODE_TOLERANCE, measured, seconds, source);
    }

    static Stream<Arguments> servedRequests() {
        // concurrency, input tokens, output tokens, TTFT s, ITL s (NaN: not asserted), all from NIM's table
        return Stream.of(
            Arguments.of(1, 5000, 500, 0.40677, 0.01858),
            Arguments.of(1, 500, 2000, 0.04777, 0.01891),
            Arguments.of(5, 5000, 500, 0.5467, 0.02183));
    }

    /**
     * NIM runs TensorRT-LLM's FP8 profile; we take its KV cache as FP8 too (at one user that
     * changes the step by about 1%).
     */
    @ParameterizedTest(name = "Llama-3.3-70B FP8 TP2 on 2 x H100, {0} users of {1} in / {2} out: TTFT {3} s, ITL {4} s")
    @MethodSource("servedRequests")
    void servedRequestsMatchNimsTable(int users, int prompt, int output, double ttft, double itl) {
        Scenario s = new Scenario.Builder(catalog.model("llama-3.3-70b"), catalog.device("h100")).weights(Precision.FP8)
                .kv(Precision.FP8).tensorParallel(2).context(8192).build();
        ServingPerformance p = ServingPerformance.of(s, TimingSettings.DEFAULT, users, prompt, output);
        assertWithin(DECODE_TOLERANCE, itl, p.tpotSeconds, NIM + " ITL");
        assertWithin(PREFILL_TOLERANCE, ttft, p.ttftSeconds, NIM + " TTFT");
    }

    /**
     * SemiAnalysis InferenceX, DeepSeek-R1-0528 on 8 x H200, SGLang v0.5.7, FP8 weights, TP 8, EP 1,
     * 1,024 in / 1,024 out: "Mean TPOT (ms) | 12.8 | 17.2 | 25.6 | 34.6" at concurrency 8, 16, 32, 64.
     * SGLang keeps this model's MLA cache in BF16 by default.
     */
    private static final String INFERENCEX_DEEPSEEK = "https://github.com/SemiAnalysisAI/InferenceX/issues/870";

    static Stream<Arguments> deepSeekOnEightH200s() {
        return Stream.of(Arguments.of(8, 0.0128), Arguments.of(16, 0.0172), Arguments.of(32, 0.0256),
                Arguments.of(64, 0.0346));
    }

    /** A mixture of experts with latent attention, another engine, and a ring of eight GPUs. */
    @ParameterizedTest(name = "DeepSeek-R1 FP8 TP8 on 8 x H200, {0} users of 1024 in / 1024 out: TPOT {1} s")
    @MethodSource("deepSeekOnEightH200s")
    void deepSeekOnEightH200sDecodesInThePublishedTime(int users, double tpot) {
        Scenario s = new Scenario.Builder(catalog.model("deepseek-r1"), catalog.device("h200")).weights(Precision.FP8)
                .kv(Precision.BF16).tensorParallel(8).context(4096).build();
        ServingPerformance p = ServingPerformance.of(s, TimingSettings.DEFAULT, users, 1024, 1024);
        assertWithin(DECODE_TOLERANCE, tpot, p.tpotSeconds, INFERENCEX_DEEPSEEK + " TPOT");
    }

    /**
     * The unmatched row, bracketed: its measured TTFT lies between the model's steady state (each
     * prompt prefilled alone beside the others' decodes) and the five prompts arriving together and
     * prefilled in one step, as lock-stepped clients of one request length send them.
     */
    @org.junit.jupiter.api.Test
    void nimsFiveShortPromptsLieBetweenStaggeredAndTogether() {
        Scenario s = new Scenario.Builder(catalog.model("llama-3.3-70b"), catalog.device("h100")).weights(Precision.FP8)
                .kv(Precision.FP8).tensorParallel(2).context(8192).build();
        double measured = 0.12653;
        ServingPerformance staggered = ServingPerformance.of(s, TimingSettings.DEFAULT, 5, 500, 2000);
        StepModel model = new StepModel(LayoutWork.of(s, 2, 1, 1), new DeviceRates(s.device, s.weights,
                TimingSettings.DEFAULT));
        double together = model.step(0, 0, 0, 5 * 500, 5 * TickWork.causalPairs(500, 500), 0, new StepCost());
        assertTrue(staggered.ttftSeconds < measured && measured < together,
                "staggered " + staggered.ttftSeconds + " s, measured " + measured + " s, together " + together + " s");
    }

    private static void assertWithin(double tolerance, double measured, double modelled, String source) {
        double error = (modelled - measured) / measured;
        assertTrue(Math.abs(error) <= tolerance, "model " + modelled + " s vs measured " + measured + " s ("
                + Math.round(error * 1000) / 10.0 + "%), " + source);
    }
}
