package dev.kvcache.memory;

import dev.kvcache.catalog.Catalog;
import dev.kvcache.catalog.ClusterGrouping;
import dev.kvcache.catalog.ClusterSpec;
import dev.kvcache.sim.Deployment;

/**
 * Where a scenario's GPUs sit in its cluster: one replica of tp x pp x cp GPUs repeated dp times,
 * ranked as serving engines rank them (tensor-parallel ranks next to each other, then context
 * groups, then pipeline stages; each replica on consecutive GPUs), in nodes of the grouping's
 * size. dp 0 means automatic: as many whole replicas as a preset's GPUs hold, else one. A preset
 * larger than the replicas keeps its other GPUs idle; replicas larger than the preset spill past it
 * ({@link #overflows()}).
 */
public final class ClusterLayout {
    public final ClusterSpec grouping;
    /** True when a preset was chosen (not only the device's own grouping). */
    public final boolean preset;
    public final int tp;
    public final int pp;
    public final int cp;
    /** Data-parallel replicas in use. */
    public final int replicas;
    public final int replicaGpus;
    /** GPUs the replicas use. */
    public final int busyGpus;
    /** GPUs drawn: the preset's (or more, when the replicas spill past it), else the busy ones. */
    public final int gpus;
    public final int gpusPerNode;
    public final int nodes;

    private ClusterLayout(ClusterSpec grouping, boolean preset, int tp, int pp, int cp, int dp) {
        this.grouping = grouping;
        this.preset = preset;
        this.tp = tp;
        this.pp = pp;
        this.cp = cp;
        this.replicaGpus = tp * pp * cp;
        int auto = preset ? Math.max(1, grouping.gpus() / replicaGpus) : 1;
        this.replicas = dp > 0 ? dp : auto;
        this.busyGpus = (int) Math.min(dev.kvcache.sim.Limits.MAX_GPUS, (long) replicaGpus * replicas);
        this.gpus = preset ? Math.max(grouping.gpus(), busyGpus) : busyGpus;
        this.gpusPerNode = grouping.gpusPerNode();
        this.nodes = (gpus + gpusPerNode - 1) / gpusPerNode;
    }

    /** The layout {@code s} deploys: its replicas of its tp x pp x cp on its preset's nodes, or its device's own. */
    public static ClusterLayout of(Catalog catalog, Scenario s) {
        Deployment d = s.settings.deployment();
        return of(ClusterGrouping.of(catalog, d.cluster(), s.device), d.hasCluster(), s.tp, s.pp, s.cp, d.dp());
    }

    /** {@code dp} replicas (0 = automatic) of {@code tp x pp x cp} on {@code grouping}'s nodes. */
    public static ClusterLayout of(ClusterSpec grouping, boolean preset, int tp, int pp, int cp, int dp) {
        if (tp < 1 || pp < 1 || cp < 1 || dp < 0) {
            throw new IllegalArgumentException("tp, pp, cp must be at least 1 and dp at least 0");
        }
        return new ClusterLayout(grouping, preset, tp, pp, cp, dp);
    }

    /** True when the replicas need more GPUs than the preset has. */
    public boolean overflows() {
        return preset && busyGpus > grouping.gpus();
    }

    /** True when {@code gpu} (0-based) serves a replica; the rest of a preset stay idle. */
    public boolean isBusy(int gpu) {
        return gpu < busyGpus;
    }

    /** The pipeline stage {@code gpu} holds (0 for an idle GPU). */
    public int stageOf(int gpu) {
        return isBusy(gpu) ? (gpu % replicaGpus) / (tp * cp) : 0;
    }

    /** True when each tensor-parallel group's all-reduces stay inside one node. */
    public boolean tensorParallelInsideNode() {
        return fitsNode(tp);
    }

    /** True when each replica's context-parallel exchange stays inside one node. */
    public boolean contextParallelInsideNode() {
        return fitsNode(tp * cp);
    }

    /** True when every pipeline hand-off of a replica stays inside one node. */
    public boolean pipelineInsideNode() {
        return fitsNode(replicaGpus);
    }

    /**
     * True when no group of {@code size} consecutive ranks (each aligned to its size) straddles two
     * nodes: its size divides the node's, or every busy GPU sits in the first node.
     */
    private boolean fitsNode(int size) {
        return size <= gpusPerNode && (gpusPerNode % size == 0 || busyGpus <= gpusPerNode);
    }
}
