package dev.kvcache.host;

import dev.kvcache.catalog.ModuleKind;
import dev.kvcache.memory.ScenarioFigures;
import dev.kvcache.sim.SimSettings;
import dev.kvcache.units.Quantities;

/**
 * The scenario and its verdict at full context in one sentence, for screen readers: "Llama-3.1-8B
 * on H100 SXM 80GB, batch 8 at 128K tokens: fits on 1 GPU, 62% used." The figures are the memory
 * engine's, those the formula panel shows; SRAM devices count chips.
 */
public final class ScenarioSentence {
    private ScenarioSentence() {
    }

    public static String of(HostView host) {
        SimSettings s = host.simulation().settings();
        StringBuilder b = new StringBuilder(160);
        b.append(host.model().name()).append(" on ").append(host.device().name()).append(", batch ");
        Quantities.grouped(b, s.batch()).append(" at ");
        Quantities.tokens(b, s.contextTokens());
        ScenarioFigures f = host.figures();
        if (f == null) {
            return b.append('.').toString();
        }
        String unit = host.device().moduleKind() == ModuleKind.SRAM ? "chip" : "GPU";
        int gpus = f.scenario.gpus();
        String share = gpus > 1 ? " of each" : "";
        if (f.fits) {
            count(b.append(": fits on "), gpus, unit).append(", ");
            Quantities.percent(b, f.utilization).append(share).append(" used");
        } else {
            count(b.append(": does not fit on "), gpus, unit).append(" (");
            Quantities.percent(b, f.utilization).append(share).append(" needed)");
            if (f.gpusNeededCapped) {
                count(b.append("; needs more than "), f.gpusNeeded, unit);
            } else if (f.gpusNeeded > gpus) {
                count(b.append("; needs "), f.gpusNeeded, unit);
            }
        }
        return b.append('.').toString();
    }

    private static StringBuilder count(StringBuilder b, long n, String unit) {
        return Quantities.grouped(b, n).append(' ').append(unit).append(n == 1 ? "" : "s");
    }
}
