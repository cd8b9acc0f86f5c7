package dev.kvcache.timing;

import dev.kvcache.memory.Scenario;
import dev.kvcache.sim.BoundBy;

/**
 * The step time of one layout on one device: per stage, the larger of bytes read over achieved
 * bandwidth and operations over achieved peak, plus the collectives (two all-reduces per layer
 * under tensor parallelism, each moving its bytes x 2(n-1)/n over the link after a fixed latency;
 * context parallelism's exchange of partial attention, or of the new tokens' KV in a prefill),
 * then the pipeline: with pp stages the batch runs as min(sequences, pp) micro-batches, and a
 * sequence's next token waits for its micro-batch to pass every stage and every hand-off, so
 * stages idle (the bubble) when there are fewer micro-batches than stages. A fixed overhead ends
 * every step.
 */
public final class StepModel {
    /** Decode steps of up to this many sequences are priced from a line fitted once (the simulation's are). */
    private static final int DECODE_TABLE = 64;
    /** Held tokens at which a line's slope is read off {@link #step}; any count would do, the step is linear in them. */
    private static final double SLOPE_TOKENS = 1e6;
    /** Doubles in one fitted line (see {@link #decodeLine}). */
    private static final int LINE = 8;

    private final LayoutWork work;
    private final DeviceRates rates;
    /**
     * Per sequence count, {@link #LINE} doubles from {@code count * LINE}: a decode step's memory and
     * compute seconds per stage at no held tokens, their growth per held and per capped token, and the
     * collectives and overhead; filled on first use. One array made with the model, so a tick that
     * meets a sequence count for the first time (one finished, the batch not yet refilled) allocates nothing.
     */
    private final double[] decodeLines = new double[(DECODE_TABLE + 1) * LINE];
    private final boolean[] fitted = new boolean[DECODE_TABLE + 1];
    /** Scratch for {@link #fitLine}: a tick that meets a new sequence count fits a line without a new StepCost. */
    private final StepCost fitCost = new StepCost();

    /** The step model of {@code scenario} on its own layout (its tp, pp and cp) at {@code settings}' efficiencies. */
    public static StepModel of(Scenario scenario, TimingSettings settings) {
        return new StepModel(LayoutWork.of(scenario, scenario.tp, scenario.pp, scenario.cp),
                new DeviceRates(scenario.device, scenario.weights, settings));
    }

    public StepModel(LayoutWork work, DeviceRates rates) {
        this.work = work;
        this.rates = rates;
    }

    public LayoutWork work() {
        return work;
    }

    public DeviceRates rates() {
        return rates;
    }

    /**
     * One step: {@code decodes} sequences holding {@code heldTokens} tokens in all
     * ({@code cappedTokens} of them within the capped layers' window) each take a token, while
     * {@code prefillTokens} prompt tokens with {@code pairs} causal attention pairs
     * ({@code cappedPairs} within the window) are prefilled. Writes into {@code out}; returns its seconds.
     */
    public double step(double decodes, double heldTokens, double cappedTokens, double prefillTokens, double pairs,
            double cappedPairs, StepCost out) {
        int micro = work.pp > 1 ? (int) Math.max(1, Math.min(work.pp, Math.ceil(decodes))) : 1;
        double share = 1.0 / micro;
        double n = decodes * share;
        double chunk = prefillTokens * share;
        double tokens = n + chunk;
        double cp = work.cp;
        double weightBytes = work.weightBytesRead(tokens);
        double bytes = weightBytes + (work.kvBytesPerToken * heldTokens
                + work.cappedKvBytesPerToken * cappedTokens) * share / cp + work.stateBytesPerSequence * n;
        double ops = tokens * (work.flopsPerToken + work.linearFlopsPerToken)
                + (work.decodeFlopsPerToken * heldTokens + work.decodeFlopsPerCappedToken * cappedTokens
                        + work.prefillFlopsPerPair * pairs + work.prefillFlopsPerCappedPair * cappedPairs) * share / cp;
        double memory = bytes / rates.bytesPerSecond();
        double compute = rates.computeKnown() ? ops / rates.flopsPerSecond() : 0;
        double collectives = allReduces(tokens) + contextExchange(n, chunk);
        double handOff = work.pp > 1 ? rates.transfer(tokens * work.activationBytesPerToken) : 0;
        double stages = work.pp;
        out.memorySeconds = stages * memory;
        out.computeSeconds = stages * compute;
        out.interconnectSeconds = stages * collectives + (stages - 1) * handOff;
        out.overheadSeconds = rates.stepOverhead();
        out.seconds = stages * Math.max(memory, compute) + out.interconnectSeconds + out.overheadSeconds;
        out.bytesRead = bytes;
        out.weightBytesRead = weightBytes;
        out.operations = ops;
        if (out.interconnectSeconds > stages * Math.max(memory, compute)) {
            out.bound = BoundBy.INTERCONNECT;
        } else {
            out.bound = compute > memory ? BoundBy.COMPUTE : BoundBy.MEMORY;
        }
        return out.seconds;
    }

    /**
     * A decode-only step, as {@link #step} prices it, without its arithmetic: the step is linear in
     * the held tokens once the sequence count is fixed, so each count's line is read off
     * {@link #step} once and then only evaluated. Every tick asks this; it must stay cheap. Fills
     * {@code out}'s seconds and bound only; returns the seconds.
     */
    public double decode(int sequences, double heldTokens, double cappedTokens, StepCost out) {
        if (sequences > DECODE_TABLE || sequences < 0) {
            return step(sequences, heldTokens, cappedTokens, 0, 0, 0, out);
        }
        double[] line = decodeLines;
        int at = decodeLine(sequences);
        double memory = line[at] + line[at + 1] * heldTokens + line[at + 2] * cappedTokens;
        double compute = line[at + 3] + line[at + 4] * heldTokens + line[at + 5] * cappedTokens;
        double busy = work.pp * Math.max(memory, compute);
        out.seconds = busy + line[at + 6] + line[at + 7];
        if (line[at + 6] > busy) {
            out.bound = BoundBy.INTERCONNECT;
        } else {
            out.bound = compute > memory ? BoundBy.COMPUTE : BoundBy.MEMORY;
        }
        return out.seconds;
    }

    /**
     * Where the fitted line of a decode step of {@code sequences} (0 to 64) starts in {@link #decodeLines()}:
     * memory and compute seconds per stage at no held tokens, their growth per held and per capped
     * token, then the collectives and the overhead.
     */
    int decodeLine(int sequences) {
        if (!fitted[sequences]) {
            fitLine(sequences, sequences * LINE);
            fitted[sequences] = true;
        }
        return sequences * LINE;
    }

    /** Every fitted line, {@link #LINE} doubles each. Shared, not copied: callers only read it. */
    double[] decodeLines() {
        return decodeLines;
    }

    /** Sequence counts up to which {@link #decode} reads a fitted line. */
    static int decodeTable() {
        return DECODE_TABLE;
    }

    /** Memory and compute per stage (base, per held token, per capped token), collectives, overhead. */
    private void fitLine(int sequences, int from) {
        StepCost at = fitCost;
        double[] line = decodeLines;
        double stages = work.pp;
        step(sequences, 0, 0, 0, 0, 0, at);
        double memory = at.memorySeconds / stages;
        double compute = at.computeSeconds / stages;
        line[from] = memory;
        line[from + 3] = compute;
        line[from + 6] = at.interconnectSeconds;
        line[from + 7] = at.overheadSeconds;
        step(sequences, SLOPE_TOKENS, 0, 0, 0, 0, at);
        line[from + 1] = (at.memorySeconds / stages - memory) / SLOPE_TOKENS;
        line[from + 4] = (at.computeSeconds / stages - compute) / SLOPE_TOKENS;
        step(sequences, 0, SLOPE_TOKENS, 0, 0, 0, at);
        line[from + 2] = (at.memorySeconds / stages - memory) / SLOPE_TOKENS;
        line[from + 5] = (at.computeSeconds / stages - compute) / SLOPE_TOKENS;
    }

    /**
     * Two all-reduces per layer of the stage, each of the step's activations, priced as a ring: 2(n-1)/n
     * of them sent, and 2(n-1) steps of latency, (n-1) times a 2-GPU all-reduce's ("the ring latency is
     * still very much linear ... (but linear within a node)", NCCL's maintainer, NVIDIA/nccl#757).
     */
    private double allReduces(double tokens) {
        if (work.tp <= 1) {
            return 0;
        }
        return 2.0 * work.layersOnGpu * (rates.transfer(allReduceSent(tokens)) + (work.tp - 2) * rates.collectiveLatency());
    }

    /** Bytes one GPU sends in one ring all-reduce of {@code tokens} tokens' activations: 2(n-1)/n of them. */
    private double allReduceSent(double tokens) {
        int tp = work.tp;
        return tokens * work.activationBytesPerToken * 2.0 * (tp - 1) / tp;
    }

    /**
     * Bytes one GPU sends over {@code kind}'s links in a step of {@code decodes} decoding sequences
     * and {@code prefillTokens} prompt tokens, as {@link #step} prices them: all of the step's
     * micro-batches, so every token once. Tensor parallelism: two all-reduces per layer on the GPU;
     * a pipeline stage: each token's activations to the next stage; context parallelism: every
     * attention layer's partial outputs in decode, and the prompt's new KV once around the ring.
     */
    public double bytesPerStep(LinkKind kind, double decodes, double prefillTokens) {
        double tokens = decodes + prefillTokens;
        if (kind == LinkKind.TP_ALL_REDUCE) {
            return work.tp <= 1 ? 0 : 2.0 * work.layersOnGpu * allReduceSent(tokens);
        }
        if (kind == LinkKind.PP_HAND_OFF) {
            return work.pp <= 1 ? 0 : tokens * work.activationBytesPerToken;
        }
        if (work.cp <= 1 || work.attentionLayersOnGpu == 0) {
            return 0;
        }
        return work.attentionLayersOnGpu * decodeExchangeSent(decodes) + prefillExchangeSent(prefillTokens);
    }

    private double decodeExchangeSent(double decodes) {
        return decodes * work.partialBytesPerSequence * ((work.cp - 1.0) / work.cp);
    }

    private double prefillExchangeSent(double chunk) {
        return chunk * work.kvBytesPerToken * ((work.cp - 1.0) / work.cp);
    }

    /**
     * Context parallelism: in decode each attention layer gathers every group's partial output
     * (and softmax statistics) for the decoding sequences; a prefill chunk passes its new tokens'
     * KV around the ring once.
     */
    private double contextExchange(double decodes, double chunk) {
        int cp = work.cp;
        if (cp <= 1 || work.attentionLayersOnGpu == 0) {
            return 0;
        }
        double time = decodes > 0 ? work.attentionLayersOnGpu * rates.transfer(decodeExchangeSent(decodes)) : 0;
        if (chunk > 0) {
            time += rates.transfer(prefillExchangeSent(chunk));
        }
        return time;
    }
}
