package dev.kvcache.timing;

import dev.kvcache.catalog.DevicePerformance;
import dev.kvcache.memory.Scenario;
import dev.kvcache.memory.KvFootprint;
import dev.kvcache.sim.BoundBy;
import dev.kvcache.sim.TickWork;

/**
 * Steady serving of {@code batch} concurrent users on one layout, each sending prompts of
 * {@code prompt} tokens and reading {@code output} tokens back, request after request.
 *
 * <p>A decode step runs every user at the request's mean context, prompt + output / 2 tokens (at
 * most the tokens an eviction bound keeps: the step reads only the cached ones). A
 * new prompt is prefilled in chunks that share steps with the other users' decodes (vLLM's
 * chunked prefill), so its time to first token is the step in flight when it arrives (the others'
 * decode step: a user asks again when its last token comes, at a step's end, and the engine takes
 * new requests in only between steps) plus those chunk steps, and each prefill delays the
 * others by what its chunks add to a plain decode step ({@code prefillDelay}): over one user's
 * {@code output} tokens the other batch - 1 users each prefill once, so the time per output token
 * is a decode step plus (batch - 1) x prefillDelay / output. One round serves every user one
 * request in output x decode step + batch x prefillDelay seconds: throughput and requests per
 * second follow; per user, a token every time per output token. Cost and energy spread the
 * layout's GPU-hours (price, board power) over the tokens; the energy is an upper bound, since
 * GPUs seldom draw their full board power. With speculative decoding a token's decode time is the
 * step over the speed-up ({@link SpeculativeStep}).
 */
public final class ServingPerformance {
    /** Batches the ridge search tries at most (2^20 sequences). */
    private static final int RIDGE_LIMIT = 1 << 20;

    public final int batch;
    public final long prompt;
    public final long output;
    public final int gpus;
    public final double decodeStepSeconds;
    public final double ttftSeconds;
    public final double tpotSeconds;
    public final double prefillDelaySeconds;
    public final double tokensPerSecond;
    public final double tokensPerSecondPerUser;
    public final double requestsPerSecond;
    public final BoundBy boundBy;
    /** US dollars per million output tokens; NaN when the device has no published price. */
    public final double costPerMillionTokens;
    /** Joules per output token at full board power (an upper bound); NaN when no board power is published. */
    public final double joulesPerToken;
    /** The smallest batch whose decode step is compute-bound; 0 when none is up to 2^20 (memory-bound throughout). */
    public final int ridgeBatch;
    /** Speculative decoding's expected tokens per target step (1 without a draft). */
    public final double tokensPerStep;
    /** Speculative decoding's speed-up of a decode step ({@link SpeculativeStep}); 1 without a draft. */
    public final double speedup;
    /** The decode step's parts at this batch. */
    public final StepCost decodeStep = new StepCost();

    /**
     * Serving {@code batch} users on {@code scenario}'s own tp x pp x cp layout under {@code settings}.
     */
    public static ServingPerformance of(Scenario scenario, TimingSettings settings, int batch, long prompt,
            long output) {
        return new ServingPerformance(StepModel.of(scenario, settings), scenario, batch, prompt, output);
    }

    public ServingPerformance(StepModel model, Scenario scenario, int batch, long prompt, long output) {
        if (batch < 1 || prompt < 1 || output < 1) {
            throw new IllegalArgumentException("batch, prompt and output must be at least 1");
        }
        this.batch = batch;
        this.prompt = prompt;
        this.output = output;
        this.gpus = model.work().gpus();
        long window = KvFootprint.wholeModel(scenario.model, scenario.kv).window();
        // A decode step reads the KV each user keeps: the mean context, or less under an eviction bound.
        double context = Math.min(prompt + output / 2.0, scenario.settings.eviction().keptTokens());
        double capped = window > 0 ? Math.min(context, window) : 0;
        decodeStepSeconds = model.step(batch, batch * context, batch * capped, 0, 0, 0, decodeStep);
        boundBy = decodeStep.bound();
        SpeculativeStep speculative = SpeculativeStep.of(scenario, model);
        tokensPerStep = speculative == null ? 1.0 : speculative.tokensPerStep();
        speedup = speculative == null ? 1.0 : speculative.speedup(model, batch, batch * context, batch * capped);
        // A token's decode time: a plain step, or a speculative step over the tokens it yields.
        double perToken = speculative == null ? decodeStepSeconds : decodeStepSeconds / speedup;

        int others = batch - 1;
        long budget = Math.max(1, model.rates().chunkTokens() - others);
        long chunks = (prompt + budget - 1) / budget;
        double pairs = TickWork.causalPairs(prompt, prompt) / chunks;
        double cappedPairs = window > 0 ? TickWork.causalPairs(prompt, window) / chunks : 0;
        StepCost scratch = new StepCost();
        double chunkStep = model.step(others, others * context, others * capped, (double) prompt / chunks, pairs,
                cappedPairs, scratch);
        double plain = others > 0 ? model.step(others, others * context, others * capped, 0, 0, 0, scratch) : 0;
        // A user sends the next request when the last token arrives, at the end of a step; by then the
        // engine runs the next step for the others, and takes new requests in only between steps
        // (vLLM's EngineCore busy loop: _process_input_queue, then _process_engine_step;
        // vllm/v1/engine/core.py), so the prompt first waits that step out.
        double inFlight = others == 0 ? 0
                : speculative == null ? plain : speculative.stepSeconds(model, others, others * context, others * capped);
        ttftSeconds = inFlight + chunks * chunkStep;
        prefillDelaySeconds = chunks * (chunkStep - plain);
        tpotSeconds = perToken + others * prefillDelaySeconds / output;
        double round = output * perToken + batch * prefillDelaySeconds;
        tokensPerSecond = batch * output / round;
        requestsPerSecond = batch / round;
        tokensPerSecondPerUser = 1 / tpotSeconds;
        DevicePerformance perf = scenario.device.performance();
        double tokens = (double) batch * output;
        costPerMillionTokens = ServingCosts.dollarsPerMillionTokens(perf, gpus * round, tokens);
        joulesPerToken = ServingCosts.joulesPerToken(perf, gpus * round, tokens);
        ridgeBatch = ridge(model, context, capped);
    }

    /**
     * The smallest batch at which a decode step's compute time reaches its memory time: past it,
     * more users cost each of them time instead of riding along. Doubling then halving; 0 when the
     * device publishes no peak or no batch up to 2^20 gets there (a long context's KV reads grow
     * as fast as its attention work).
     */
    private static int ridge(StepModel model, double context, double capped) {
        if (!model.rates().computeKnown()) {
            return 0;
        }
        StepCost cost = new StepCost();
        int hi = 1;
        while (!computeBound(model, hi, context, capped, cost)) {
            if (hi >= RIDGE_LIMIT) {
                return 0;
            }
            hi *= 2;
        }
        int lo = hi / 2;
        while (hi - lo > 1) {
            int mid = (lo + hi) >>> 1;
            if (computeBound(model, mid, context, capped, cost)) {
                hi = mid;
            } else {
                lo = mid;
            }
        }
        return hi;
    }

    private static boolean computeBound(StepModel model, int batch, double context, double capped, StepCost cost) {
        model.step(batch, batch * context, batch * capped, 0, 0, 0, cost);
        return cost.computeSeconds() >= cost.memorySeconds();
    }
}
