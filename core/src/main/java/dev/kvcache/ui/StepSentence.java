package dev.kvcache.ui;

import dev.kvcache.host.HostView;
import dev.kvcache.scenario.EngineSpecProvider;
import dev.kvcache.sim.SequenceState;
import dev.kvcache.sim.SequenceView;
import dev.kvcache.sim.SimSettings;
import dev.kvcache.sim.SimulationView;
import dev.kvcache.timing.DeviceRates;
import dev.kvcache.timing.EngineStepTimer;
import dev.kvcache.timing.StepCost;
import dev.kvcache.timing.StepModel;
import dev.kvcache.units.Quantities;
import dev.kvcache.units.ServingQuantities;

/**
 * The formula's step in numbers: what one decode step of the running sequences reads on the most
 * loaded GPU, at what achieved rate and in how long, priced by the serving clock's own timer (the
 * same step model, on the layout in use at the GPUs in use now): "A step reads 7 GiB of weights +
 * 16.3 GiB of KV at 2.35 TB/s achieved: 10.7 ms (12.1 ms with overhead), memory-bound." The whole
 * step's time counts every pipeline stage in turn, the collectives and the fixed overhead. The
 * timer is made when the settings change; each frame costs one step's arithmetic.
 */
final class StepSentence {
    private final StepCost cost = new StepCost();
    private SimSettings timedSettings;
    private EngineStepTimer timer;
    private long window;

    /** Appends the sentence for the scene now; appends nothing and returns false when no sequence decodes. */
    boolean append(StringBuilder out, HostView host) {
        SimulationView simulation = host.simulation();
        if (simulation.settings() != timedSettings) {
            timedSettings = simulation.settings();
            timer = new EngineSpecProvider(host.catalog()).timer(timedSettings);
            window = simulation.memory().layout().spec().windowTokens();
        }
        int decoding = 0;
        double held = 0;
        double capped = 0;
        for (int slot = 0; slot < simulation.slotCount(); slot++) {
            SequenceView s = simulation.sequenceInSlot(slot);
            if (s != null && s.state() == SequenceState.RUNNING) {
                decoding++;
                held += s.tokens();
                capped += window > 0 ? Math.min(s.tokens(), window) : 0;
            }
        }
        if (decoding == 0) {
            return false;
        }
        StepModel model = timer.modelFor(simulation.memory().gpuCount());
        double seconds = model.step(decoding, held, capped, 0, 0, 0, cost);
        DeviceRates rates = model.rates();
        int stages = model.work().pp();
        double weights = cost.weightBytesRead();
        out.append("A step ");
        switch (cost.bound()) {
            case COMPUTE:
                ServingQuantities.operations(out.append("computes "), cost.operations()).append(" at ");
                ServingQuantities.operationRate(out, rates.flopsPerSecond()).append(" achieved: ");
                Quantities.duration(out, cost.computeSeconds() / stages);
                perStage(out, stages);
                Quantities.bytes(out.append(" (its "), Math.round(cost.bytesRead())).append(" of reads take ");
                Quantities.duration(out, cost.memorySeconds() / stages).append(')');
                break;
            default:
                Quantities.bytes(out.append("reads "), Math.round(weights)).append(" of weights + ");
                Quantities.bytes(out, Math.round(cost.bytesRead() - weights)).append(" of KV at ");
                ServingQuantities.bandwidth(out, rates.bytesPerSecond()).append(" achieved: ");
                Quantities.duration(out, cost.memorySeconds() / stages);
                perStage(out, stages);
                break;
        }
        // The whole step: every stage in turn, the collectives and the fixed overhead.
        Quantities.duration(out.append(" ("), seconds).append(" with overhead), ");
        return appendBound(out);
    }

    private static void perStage(StringBuilder out, int stages) {
        if (stages > 1) {
            out.append(" per stage");
        }
    }

    private boolean appendBound(StringBuilder out) {
        switch (cost.bound()) {
            case COMPUTE:
                out.append("compute-bound.");
                break;
            case INTERCONNECT:
                Quantities.duration(out.append("interconnect-bound: "), cost.interconnectSeconds())
                        .append(" in collectives.");
                break;
            default:
                out.append("memory-bound.");
                break;
        }
        return true;
    }

    /** The last step priced, for tests. */
    StepCost cost() {
        return cost;
    }
}
