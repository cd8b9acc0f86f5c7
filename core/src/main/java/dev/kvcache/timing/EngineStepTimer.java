package dev.kvcache.timing;

import dev.kvcache.memory.ParallelLayout;
import dev.kvcache.memory.Scenario;
import dev.kvcache.sim.BoundBy;
import dev.kvcache.sim.StepTimer;
import dev.kvcache.sim.TickTime;
import dev.kvcache.sim.TickWork;

/**
 * The serving clock's timer: a tick is {@code decodeSteps} engine steps of its decoding sequences,
 * with its new prompts prefilled in chunks (vLLM's chunked prefill: decodes first, then prompt
 * tokens up to the step's token budget) in the first steps; prompts larger than the tick's steps
 * take more steps. With speculative decoding each decode step's time is divided by its speed-up
 * ({@link SpeculativeStep}). Caches reloaded from host memory (KV offload) cross the host link first,
 * not overlapped with the step (a conservative choice: LMCache overlaps loads layer by layer). The
 * layout for each GPU count is the engine's (or the fixed one) and its step model is built once per count.
 */
public final class EngineStepTimer implements StepTimer {
    /** The layout an engine uses on a number of GPUs. */
    public interface Layouts {
        ParallelLayout layoutFor(int gpus);
    }

    private final Scenario base;
    private final Layouts layouts;
    private final TimingSettings settings;
    private final DeviceRates rates;
    private final StepCost decode = new StepCost();
    private final StepCost prefill = new StepCost();
    private int lastGpus;
    private StepModel last;
    /**
     * The decode line of {@link #last} for {@link #lineSequences} sequences, copied into fields: most
     * ticks only decode, with the same sequences on the same GPUs as the tick before, and time
     * themselves from these alone, without the model's look-ups (bench-sim's smallest tick).
     */
    private int lineSequences = -1;
    private double memoryBase;
    private double memoryPerHeld;
    private double memoryPerCapped;
    private double computeBase;
    private double computePerHeld;
    private double computePerCapped;
    private double collectives;
    private double overhead;
    /** The layout's pipeline stages, as a double: the tick multiplies by it. */
    private double stages;
    /** Speculative decoding timed beside {@link #last}; null without a draft. */
    private SpeculativeStep speculative;

    /** Times {@code base}'s model, precisions and device on the layouts {@code layouts} names. */
    public EngineStepTimer(Scenario base, Layouts layouts, TimingSettings settings) {
        this.base = base;
        this.layouts = layouts;
        this.settings = settings;
        this.rates = new DeviceRates(base.device, base.weights, settings);
    }

    /** A timer for one fixed layout, whatever the GPU count (a fixed deployment, the report's run). */
    public static EngineStepTimer fixed(Scenario base, final int tp, final int pp, final int cp, TimingSettings settings) {
        final ParallelLayout layout = ParallelLayout.of(tp, pp, cp);
        return new EngineStepTimer(base, new Layouts() {
            @Override
            public ParallelLayout layoutFor(int gpus) {
                return layout;
            }
        }, settings);
    }

    /**
     * The step model of the layout used on {@code gpus} GPUs. A run's GPU count only grows, and a
     * fixed deployment keeps its layout whatever the count, so one remembered layout suffices: a
     * model is built when the layout changes, never per tick.
     */
    public StepModel modelFor(int gpus) {
        int n = Math.max(1, gpus);
        if (n == lastGpus) {
            return last;
        }
        ParallelLayout layout = layouts.layoutFor(n);
        if (last == null || layout.tp != last.work().tp || layout.pp != last.work().pp
                || layout.cp != last.work().cp || base.compiledPartition()) {
            last = new StepModel(LayoutWork.of(base, layout.tp, layout.pp, layout.cp), rates);
            speculative = SpeculativeStep.of(base.onLayout(layout.tp, layout.pp, layout.cp), last);
            lineSequences = -1;
        }
        lastGpus = n;
        return last;
    }

    public TimingSettings settings() {
        return settings;
    }

    /**
     * Kept small on purpose: the JIT inlines a hot method only under 325 bytes of bytecode, and a tick
     * that only decodes (most ticks) then times itself inside the scheduler's tick, with no call.
     */
    @Override
    public void time(int gpus, TickWork work, TickTime out) {
        if (work.sequences() == lineSequences && gpus == lastGpus && work.prefillTokens() == 0
                && work.decodeSteps() > 0 && work.reloadBytes() == 0) {
            timeDecodes(work, out);
        } else {
            timeAny(gpus, work, out);
        }
    }

    /** Any tick: prefill chunks, decodes, reloads, on the model of the layout {@code gpus} GPUs use. */
    private void timeAny(int gpus, TickWork work, TickTime out) {
        int decoding = work.sequences();
        long steps = decoding > 0 ? work.decodeSteps() : 0;
        long prompt = work.prefillTokens();
        double reload = reloadSeconds(work.reloadBytes());
        if (steps == 0 && prompt == 0) {
            out.set(reload, reload, out.bound());
            return;
        }
        StepModel model = modelFor(gpus);
        double held = work.heldTokens();
        double capped = work.cappedTokens();
        long budget = Math.max(1, rates.chunkTokens() - decoding);
        long prefillSteps = prompt > 0 ? (prompt + budget - 1) / budget : 0;
        double seconds = reload;
        double untilPrefilled = reload;
        BoundBy bound;
        if (prefillSteps > 0) {
            double perStep = (double) prompt / prefillSteps;
            double pairs = work.prefillPairs() / prefillSteps;
            double cappedPairs = work.prefillCappedPairs() / prefillSteps;
            long shared = Math.min(prefillSteps, steps);
            if (shared > 0) {
                seconds += shared * model.step(decoding, held, capped, perStep, pairs, cappedPairs, prefill);
            }
            if (prefillSteps > shared) {
                seconds += (prefillSteps - shared) * model.step(0, 0, 0, perStep, pairs, cappedPairs, prefill);
            }
            untilPrefilled = seconds;
            bound = prefill.bound();
        } else {
            bound = BoundBy.MEMORY;
        }
        if (steps > prefillSteps) {
            if (prompt == 0 && speculative == null && gpus == lastGpus) {
                keepLine(model, decoding);
            }
            double step = model.decode(decoding, held, capped, decode);
            if (speculative != null) {
                // Each token the tick decodes costs a speculative step over the tokens that step yields.
                step /= speculative.speedup(model, decoding, held, capped);
            }
            seconds += (steps - prefillSteps) * step;
            bound = decode.bound();
        }
        out.set(seconds, untilPrefilled, bound);
    }

    /** Remembers {@code model}'s decode line of {@code sequences} for the ticks after this one. */
    private void keepLine(StepModel model, int sequences) {
        if (sequences < 0 || sequences > StepModel.decodeTable()) {
            return;
        }
        int at = model.decodeLine(sequences);
        double[] line = model.decodeLines();
        memoryBase = line[at];
        memoryPerHeld = line[at + 1];
        memoryPerCapped = line[at + 2];
        computeBase = line[at + 3];
        computePerHeld = line[at + 4];
        computePerCapped = line[at + 5];
        collectives = line[at + 6];
        overhead = line[at + 7];
        stages = model.work().pp;
        lineSequences = sequences;
    }

    /**
     * A decode-only tick of the remembered sequence count on the remembered GPUs: {@link StepModel#decode}'s
     * arithmetic in the same order, so the seconds are the very same, without its look-ups.
     */
    private void timeDecodes(TickWork work, TickTime out) {
        double held = work.heldTokens();
        double capped = work.cappedTokens();
        double memory = memoryBase + memoryPerHeld * held + memoryPerCapped * capped;
        double compute = computeBase + computePerHeld * held + computePerCapped * capped;
        // One comparison picks both the larger time and the bound (Math.max's NaN and -0 care costs more
        // than a tick can spare; both times are positive and finite).
        boolean computeBound = compute > memory;
        double busy = stages * (computeBound ? compute : memory);
        double step = busy + collectives + overhead;
        BoundBy bound = collectives > busy ? BoundBy.INTERCONNECT : computeBound ? BoundBy.COMPUTE : BoundBy.MEMORY;
        out.set(work.decodeSteps() * step, 0, bound);
    }

    /** Seconds {@code bytesPerGpu} take over each GPU's host link; 0 without a link. */
    private double reloadSeconds(long bytesPerGpu) {
        double link = settings.hostLinkBytesPerSecond();
        return bytesPerGpu > 0 && link > 0 ? bytesPerGpu / link : 0;
    }
}
