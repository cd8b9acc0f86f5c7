package dev.kvcache.timing;

import dev.kvcache.catalog.ClusterLink;
import dev.kvcache.memory.ClusterLayout;

/**
 * What each kind of traffic of one step puts on its link: the bytes one GPU sends
 * ({@link StepModel#bytesPerStep}), the link it rides (scale-up inside a node, scale-out when its
 * group spans nodes), and its utilization, bytes per step over (bandwidth x step time). The time
 * model prices every collective at the device's scale-up link, so a scale-out link can show more
 * than 1: the step would need that many times its link. Reused: an update allocates nothing.
 */
public final class ClusterTraffic {
    private static final LinkKind[] KINDS = LinkKind.VALUES;

    private final double[] bytes = new double[KINDS.length];
    private final double[] utilization = new double[KINDS.length];
    private final ClusterLink[] links = new ClusterLink[KINDS.length];
    private final boolean[] used = new boolean[KINDS.length];
    private int busiest = -1;

    /**
     * Fills the figures of a step of {@code decodes} sequences and {@code prefillTokens} prompt
     * tokens lasting {@code stepSeconds} on {@code model}, placed as {@code layout} places it.
     */
    public ClusterTraffic update(ClusterLayout layout, StepModel model, double decodes, double prefillTokens,
            double stepSeconds) {
        busiest = -1;
        for (int i = 0; i < KINDS.length; i++) {
            LinkKind kind = KINDS[i];
            used[i] = sizeOf(layout, kind) > 1;
            links[i] = insideNode(layout, kind) ? layout.grouping.scaleUp() : layout.grouping.scaleOut();
            bytes[i] = used[i] ? model.bytesPerStep(kind, decodes, prefillTokens) : 0;
            double perSecond = links[i].gigabytesPerSecond * 1e9;
            utilization[i] = used[i] && perSecond > 0 && stepSeconds > 0 ? bytes[i] / (perSecond * stepSeconds) : 0;
            if (used[i] && (busiest < 0 || utilization[i] > utilization[busiest])) {
                busiest = i;
            }
        }
        return this;
    }

    private static int sizeOf(ClusterLayout layout, LinkKind kind) {
        return kind == LinkKind.TP_ALL_REDUCE ? layout.tp : kind == LinkKind.PP_HAND_OFF ? layout.pp : layout.cp;
    }

    private static boolean insideNode(ClusterLayout layout, LinkKind kind) {
        if (kind == LinkKind.TP_ALL_REDUCE) {
            return layout.tensorParallelInsideNode();
        }
        return kind == LinkKind.PP_HAND_OFF ? layout.pipelineInsideNode() : layout.contextParallelInsideNode();
    }

    /** True when the layout has this traffic (its size is over 1). */
    public boolean isUsed(LinkKind kind) {
        return used[kind.ordinal()];
    }

    /** Bytes one GPU sends per step. */
    public double bytesPerStep(LinkKind kind) {
        return bytes[kind.ordinal()];
    }

    /** The link it rides. */
    public ClusterLink link(LinkKind kind) {
        return links[kind.ordinal()];
    }

    /** Bytes per step over (bandwidth x step time); 0 when unused or the link's bandwidth is not published. */
    public double utilization(LinkKind kind) {
        return utilization[kind.ordinal()];
    }

    /** The kind with the highest utilization, or null when the layout moves nothing between GPUs. */
    public LinkKind busiest() {
        return busiest < 0 ? null : KINDS[busiest];
    }
}
