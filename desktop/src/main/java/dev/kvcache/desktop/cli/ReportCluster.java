package dev.kvcache.desktop.cli;

import dev.kvcache.catalog.Catalog;
import dev.kvcache.catalog.ClusterGrouping;
import dev.kvcache.catalog.ClusterSpec;
import dev.kvcache.memory.ClusterLayout;
import dev.kvcache.memory.Scenario;
import dev.kvcache.sim.Deployment;
import dev.kvcache.timing.ClusterTraffic;
import dev.kvcache.timing.LinkKind;
import dev.kvcache.timing.ServingPerformance;
import dev.kvcache.timing.StepModel;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The report's {@code cluster} object, printed only when {@code dp} or {@code cluster} is given (so
 * every report without them reads as before): the preset, GPUs, GPUs per node, nodes, and per kind
 * of traffic its link's GB/s (per GPU each way), the bytes one GPU sends in the performance's decode
 * step and their utilization of the link over that step, the busiest named.
 */
final class ReportCluster {
    private ReportCluster() {
    }

    /** The cluster of {@code layout} (the performance's scenario) under {@code performance}'s step. */
    static ClusterLayout layout(Catalog catalog, Scenario layout) {
        Deployment d = layout.settings.deployment();
        ClusterSpec grouping = ClusterGrouping.of(catalog, d.cluster(), layout.device);
        return ClusterLayout.of(grouping, d.hasCluster(), layout.tp, layout.pp, layout.cp, d.dp());
    }

    static Map<String, Object> of(ClusterLayout cluster, Scenario layout, RequestShape shape,
            ServingPerformance performance) {
        StepModel model = StepModel.of(layout, shape.timing);
        ClusterTraffic traffic = new ClusterTraffic().update(cluster, model, performance.batch, 0,
                performance.decodeStepSeconds);
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("preset", cluster.preset ? cluster.grouping.id() : null);
        out.put("gpus", cluster.gpus);
        out.put("gpusPerNode", cluster.gpusPerNode);
        out.put("nodes", cluster.nodes);
        List<Map<String, Object>> links = new ArrayList<>();
        for (LinkKind kind : LinkKind.values()) {
            if (traffic.isUsed(kind)) {
                Map<String, Object> link = new LinkedHashMap<>();
                link.put("kind", kind.id());
                link.put("gigabytesPerSecond", traffic.link(kind).gigabytesPerSecond);
                link.put("bytesPerStep", Math.round(traffic.bytesPerStep(kind)));
                link.put("utilization", traffic.utilization(kind));
                links.add(link);
            }
        }
        out.put("links", links);
        LinkKind busiest = traffic.busiest();
        out.put("busiest", busiest == null ? null : busiest.id() + " over " + traffic.link(busiest).name);
        return out;
    }
}
