package dev.kvcache.render;

import dev.kvcache.host.HostView;
import dev.kvcache.scenario.EngineSpecProvider;
import dev.kvcache.sim.SequenceState;
import dev.kvcache.sim.SequenceView;
import dev.kvcache.sim.SimSettings;
import dev.kvcache.sim.SimulationView;
import dev.kvcache.timing.EngineStepTimer;
import dev.kvcache.timing.StepCost;
import dev.kvcache.timing.StepModel;

/**
 * The decode step the scene runs now, priced by the serving clock's own timer (the same step
 * model, on the layout in use at the GPUs in use now): the running sequences each take a token
 * while holding what they hold. The scene reads how busy it keeps memory and the tensor units;
 * the formula says it in numbers. The timer is made when the settings change; an update costs one
 * step's arithmetic and allocates nothing.
 */
public final class StepNow {
    private final StepCost cost = new StepCost();
    private SimSettings timedSettings;
    private EngineStepTimer timer;
    private StepModel model;
    private long window;
    /** Tokens an eviction bound lets each sequence keep ({@link Long#MAX_VALUE}: all). */
    private long kept;
    private int decoding;
    /** Running sequences holding more tokens than they keep: their steps read only the kept ones. */
    private int trimmed;

    /** Prices the step of {@code host}'s running sequences; returns false (and prices nothing) when none runs. */
    public boolean update(HostView host) {
        SimulationView simulation = host.simulation();
        if (simulation.settings() != timedSettings) {
            timedSettings = simulation.settings();
            timer = new EngineSpecProvider(host.catalog()).timer(timedSettings);
            window = simulation.memory().layout().spec().windowTokens();
            kept = simulation.memory().layout().spec().keptTokensBound();
        }
        decoding = 0;
        trimmed = 0;
        double held = 0;
        double capped = 0;
        for (int slot = 0; slot < simulation.slotCount(); slot++) {
            SequenceView s = simulation.sequenceInSlot(slot);
            if (s != null && s.state() == SequenceState.RUNNING) {
                decoding++;
                // An evicted token's KV is gone: the step reads what the sequence keeps, as the clock's tally does.
                long read = Math.min(s.tokens(), kept);
                if (read < s.tokens()) {
                    trimmed++;
                }
                held += read;
                // What a sliding-window or chunked layer reads, as the serving clock's tally caps it.
                capped += window > 0 ? Math.min(read, window) : 0;
            }
        }
        if (decoding == 0) {
            return false;
        }
        model = timer.modelFor(simulation.memory().gpuCount());
        model.step(decoding, held, capped, 0, 0, 0, cost);
        return true;
    }

    /** The step last priced (valid after an {@link #update} that returned true). */
    public StepCost cost() {
        return cost;
    }

    /** Its step model: the device's achieved rates and the layout's stages. */
    public StepModel model() {
        return model;
    }

    /** Sequences of the step last priced whose eviction bound left some of their tokens unread (0 without eviction). */
    public int trimmed() {
        return trimmed;
    }

    /** Tokens each sequence keeps under the eviction bound ({@link Long#MAX_VALUE} without one). */
    public long keptTokens() {
        return kept;
    }

    /** Sequences decoding in the step last priced (0 when none ran). */
    public int decoding() {
        return decoding;
    }

    /**
     * Bytes read per second of the step as a share of the achieved bandwidth (0-1): near 1 when
     * memory bounds the step, lower when compute, collectives or overhead stretch it.
     */
    public float memoryBusy() {
        if (decoding == 0 || !(cost.seconds() > 0)) {
            return 0f;
        }
        return (float) Math.min(1.0, cost.memorySeconds() / cost.seconds());
    }

    /** Operations per second of the step as a share of the achieved peak (0-1; 0 when no peak is published). */
    public float computeBusy() {
        if (decoding == 0 || !(cost.seconds() > 0)) {
            return 0f;
        }
        return (float) Math.min(1.0, cost.computeSeconds() / cost.seconds());
    }
}
