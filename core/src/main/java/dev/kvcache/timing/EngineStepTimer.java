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
        }
        lastGpus = n;
        return last;
    }

    public TimingSettings settings() {
        return settings;
    }

    @Override
    public void time(int gpus, TickWork work, TickTime out) {
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

    /** Seconds {@code bytesPerGpu} take over each GPU's host link; 0 without a link. */
    private double reloadSeconds(long bytesPerGpu) {
        double link = settings.hostLinkBytesPerSecond();
        return bytesPerGpu > 0 && link > 0 ? bytesPerGpu / link : 0;
    }
}
