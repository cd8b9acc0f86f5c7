package dev.kvcache.ui;

import dev.kvcache.host.HostView;
import dev.kvcache.render.StepNow;
import dev.kvcache.timing.DeviceRates;
import dev.kvcache.timing.StepCost;
import dev.kvcache.timing.StepModel;
import dev.kvcache.units.Quantities;
import dev.kvcache.units.ServingQuantities;

/**
 * The formula's step in numbers: what one decode step of the running sequences reads on the most
 * loaded GPU, at what achieved rate and in how long ({@link StepNow}: priced by the serving clock's
 * own timer, on the layout in use at the GPUs in use now): "A step reads 7 GiB of weights +
 * 16.3 GiB of KV at 2.35 TB/s achieved: 10.7 ms (12.1 ms with overhead), memory-bound." The whole
 * step's time counts every pipeline stage in turn, the collectives and the fixed overhead. Under
 * an eviction bound the KV read is the kept tokens' only ("... of KV (each sequence keeps at most 4,100 tokens) ...").
 */
final class StepSentence {
    /** The share of a step its collectives take before the sentence names them. */
    private static final double NAMED_COLLECTIVES_SHARE = 0.1;
    private final StepNow step = new StepNow();

    /** Appends the sentence for the scene now; appends nothing and returns false when no sequence decodes. */
    boolean append(StringBuilder out, HostView host) {
        if (!step.update(host)) {
            return false;
        }
        StepCost cost = step.cost();
        StepModel model = step.model();
        double seconds = cost.seconds();
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
                Quantities.bytes(out.append(" (its "), Math.round(cost.bytesRead())).append(" of reads");
                appendKept(out);
                out.append(" take ");
                Quantities.duration(out, cost.memorySeconds() / stages).append(')');
                break;
            default:
                Quantities.bytes(out.append("reads "), Math.round(weights)).append(" of weights + ");
                Quantities.bytes(out, Math.round(cost.bytesRead() - weights)).append(" of KV");
                appendKept(out);
                out.append(" at ");
                ServingQuantities.bandwidth(out, rates.bytesPerSecond()).append(" achieved: ");
                Quantities.duration(out, cost.memorySeconds() / stages);
                perStage(out, stages);
                break;
        }
        // The whole step: every stage in turn, the collectives and the fixed overhead; the collectives
        // are named when they are a tenth of the step or more (at tp 8 they can be a third; at tp 2 a
        // few percent, not worth the line it would cost the panel).
        Quantities.duration(out.append(" ("), seconds).append(" with overhead");
        if (cost.interconnectSeconds() >= NAMED_COLLECTIVES_SHARE * seconds) {
            Quantities.duration(out.append(", "), cost.interconnectSeconds()).append(" of it collectives");
        }
        out.append("), ");
        return appendBound(out);
    }

    /** Under an eviction bound that trims a running sequence, says the step reads only the kept tokens. */
    private void appendKept(StringBuilder out) {
        if (step.trimmed() > 0) {
            Quantities.tokens(out.append(" (each sequence keeps at most "), step.keptTokens()).append(")");
        }
    }

    private static void perStage(StringBuilder out, int stages) {
        if (stages > 1) {
            out.append(" per stage");
        }
    }

    private boolean appendBound(StringBuilder out) {
        StepCost cost = step.cost();
        switch (cost.bound()) {
            case COMPUTE:
                out.append("compute-bound.");
                break;
            case INTERCONNECT:
                out.append("interconnect-bound.");
                break;
            default:
                out.append("memory-bound.");
                break;
        }
        return true;
    }

    /** The last step priced, for tests. */
    StepCost cost() {
        return step.cost();
    }
}
