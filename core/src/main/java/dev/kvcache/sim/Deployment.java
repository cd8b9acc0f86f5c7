package dev.kvcache.sim;

import dev.kvcache.units.Quantities;

/**
 * Where the scenario's replica runs: data-parallel replicas ({@code dp}, 0 = automatic) and a
 * cluster preset's id ({@code cluster}, empty for none). Each replica is one tp x pp x cp group
 * serving its own batch (vLLM's data parallelism: every rank runs its own scheduler with its own
 * {@code max_num_seqs}), so the per-GPU figures are one replica's and the GPUs in all are its
 * GPUs times dp. Immutable; {@link #NONE} is today's single replica without a preset.
 */
public final class Deployment {
    /** One replica, no preset: every figure as before data parallelism existed. */
    public static final Deployment NONE = new Deployment(0, "");

    private final int dp;
    private final String cluster;

    private Deployment(int dp, String cluster) {
        this.dp = dp;
        this.cluster = cluster;
    }

    /** {@code dp} replicas (0 = automatic) on preset {@code cluster} ("" for none); throws a one-line reason naming dp. */
    public static Deployment of(long dp, String cluster) {
        if (dp < 0 || dp > Limits.MAX_GPUS) {
            throw new IllegalArgumentException("dp must be between 0 and " + Quantities.grouped(Limits.MAX_GPUS)
                    + ", got " + dp);
        }
        String id = cluster == null ? "" : cluster.trim();
        return dp == 0 && id.isEmpty() ? NONE : new Deployment((int) dp, id);
    }

    /** Replicas the user fixed; 0 when they follow from the preset (or 1 without one). */
    public int dp() {
        return dp;
    }

    /** The cluster preset's id, or "" for none. */
    public String cluster() {
        return cluster;
    }

    public boolean hasCluster() {
        return !cluster.isEmpty();
    }

    /** True when either is set: the report then prints the cluster and dp (otherwise exactly as before). */
    public boolean isSet() {
        return dp > 0 || hasCluster();
    }

    /** GPUs in all when each replica takes {@code replicaGpus} and the replicas are {@code replicas}, refused past the limit. */
    public static long totalGpus(long replicaGpus, long replicas) {
        long gpus = replicaGpus * replicas;
        if (gpus > Limits.MAX_GPUS) {
            throw new IllegalArgumentException("dp x tp x pp x cp must be at most " + Quantities.grouped(Limits.MAX_GPUS)
                    + " GPUs, got " + Quantities.grouped(gpus));
        }
        return gpus;
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof Deployment)) {
            return false;
        }
        Deployment d = (Deployment) o;
        return dp == d.dp && cluster.equals(d.cluster);
    }

    @Override
    public int hashCode() {
        return dp * 31 + cluster.hashCode();
    }

    @Override
    public String toString() {
        return "dp " + dp + (hasCluster() ? " on " + cluster : "");
    }
}
