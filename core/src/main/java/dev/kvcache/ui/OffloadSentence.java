package dev.kvcache.ui;

import dev.kvcache.catalog.HostLink;
import dev.kvcache.host.HostView;
import dev.kvcache.memory.FormulaForm;
import dev.kvcache.memory.Scenario;
import dev.kvcache.scenario.EngineSpecProvider;
import dev.kvcache.sim.BlockSize;
import dev.kvcache.sim.HostTierView;
import dev.kvcache.sim.SimSettings;
import dev.kvcache.timing.OffloadCost;
import dev.kvcache.timing.TimingSettings;
import dev.kvcache.units.Quantities;
import dev.kvcache.units.ServingQuantities;

/**
 * The formula's KV offload sentence (vLLM's swap space, LMCache, Mooncake arXiv 2407.00079): where a
 * preempted cache goes and what its return costs, reload over the host link against recompute on the
 * GPUs per 1,000 tokens ({@link OffloadCost}), then what the run has moved so far. The trade is worked
 * out once per settings change; the counts are appended each frame without allocating.
 */
final class OffloadSentence {
    private static final double PER_TOKENS = 1000;
    private SimSettings costFor;
    private ScenarioTrade trade;

    /**
     * Appends the sentence when offload is on; appends nothing and returns false otherwise. The
     * {@link FormulaForm#COUNTING} form leaves out whose technique it is and how recompute is priced.
     */
    boolean append(StringBuilder out, HostView host, FormulaForm form) {
        boolean explained = form == FormulaForm.WHOLE;
        SimSettings settings = host.simulation().settings();
        if (!settings.offload().isOn() || host.figures() == null) {
            return false;
        }
        if (settings != costFor) {
            costFor = settings;
            trade = ScenarioTrade.of(host);
        }
        if (trade == null) {
            return false;
        }
        out.append(explained ? " KV offload (vLLM swap space, LMCache, Mooncake arXiv 2407.00079): a sequence the full pool"
                + " must preempt moves its cache to " : " KV offload: a preempted sequence moves its cache to ");
        Quantities.bytes(out, settings.offload().bytesPerGpu()).append(" of host memory per ")
                .append(host.device().unit().singular()).append(" over ").append(trade.link.name()).append(" (");
        ServingQuantities.bandwidth(out, trade.link.bytesPerSecond()).append(" each way) and reloads it on return: ");
        Quantities.tokens(out, (long) PER_TOKENS).append(" take ");
        Quantities.duration(out, trade.cost.reloadSeconds(PER_TOKENS)).append(" to reload");
        onEach(out, trade.gpus, " over each of ", " links");
        Quantities.duration(out.append(" against "), trade.cost.recomputeSeconds(PER_TOKENS)).append(" to recompute");
        onEach(out, trade.gpus, " on ", " GPUs");
        if (explained) {
            Quantities.shortCount(out.append(" (2 x "), host.model().activeParams()).append(" active params a token at ");
            ServingQuantities.operationRate(out, trade.flopsPerSecond).append(" achieved per GPU)");
        }
        out.append(", so ").append(trade.cost.reloadWins() ? "reloading wins. " : "recomputing wins. ");
        HostTierView tier = host.simulation().host();
        out.append("So far ");
        Quantities.grouped(out, tier.offloads()).append(tier.offloads() == 1 ? " cache" : " caches")
                .append(" moved out instead of being recomputed, ");
        Quantities.grouped(out, tier.reloads()).append(" reloaded, ");
        Quantities.grouped(out, host.simulation().preemptionCount()).append(" recomputed for want of host room");
        if (tier.reloads() > 0) {
            // What a returning request waits for its next token: its mean cache over the link, not a prefill.
            double tokens = (double) tier.reloadedBlocks() * BlockSize.TOKENS_PER_BLOCK / tier.reloads();
            Quantities.tokens(out.append("; a returning cache averaged "), Math.round(tokens)).append(", back in ");
            Quantities.duration(out, trade.cost.reloadSeconds(tokens)).append(" instead of ");
            Quantities.duration(out, trade.cost.recomputeSeconds(tokens));
        }
        out.append('.');
        return true;
    }

    private static void onEach(StringBuilder out, int gpus, String before, String after) {
        if (gpus > 1) {
            Quantities.grouped(out.append(before), gpus).append(after);
        }
    }

    /** The reload-or-recompute trade for the formula's layout and the link in use. */
    private static final class ScenarioTrade {
        final HostLink link;
        final OffloadCost cost;
        final double flopsPerSecond;
        final int gpus;

        private ScenarioTrade(HostLink link, OffloadCost cost, double flopsPerSecond, int gpus) {
            this.link = link;
            this.cost = cost;
            this.flopsPerSecond = flopsPerSecond;
            this.gpus = gpus;
        }

        static ScenarioTrade of(HostView host) {
            SimSettings settings = host.simulation().settings();
            HostLink link = host.catalog().hostLinks().chosen(settings.offload().link().word(), host.device().id());
            if (link == null) {
                return null;
            }
            Scenario scenario = host.figures().scenario;
            TimingSettings timing = EngineSpecProvider.timing(settings).withHostLink(link.bytesPerSecond());
            double flops = new dev.kvcache.timing.DeviceRates(scenario.device, scenario.weights, timing).flopsPerSecond();
            return new ScenarioTrade(link, OffloadCost.of(scenario, timing), flops, scenario.gpus());
        }
    }
}
