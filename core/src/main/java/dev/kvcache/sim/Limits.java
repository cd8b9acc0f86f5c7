package dev.kvcache.sim;

/**
 * The limits every part of the app shares, in one place (as jbox2d's {@code Settings}): the memory
 * engine, the simulation, the link codec and the report all check against these.
 */
public final class Limits {
    /** Longest context the memory engine answers for, in tokens (the report goes that far). */
    public static final long MAX_CONTEXT = 1_000_000_000L;
    /** Largest batch the memory engine answers for. */
    public static final int MAX_BATCH = 1_000_000;
    /** Largest batch the simulation runs: one distinct colour per sequence on screen. */
    public static final int SIMULATED_MAX_BATCH = 32;
    /** Shortest context the simulation runs: one 16-token block. */
    public static final long SIMULATED_MIN_CONTEXT = BlockSize.TOKENS_PER_BLOCK;
    /** Most GPUs in all (tp x pp x cp): a million, far beyond any cluster, and safe in an int. */
    public static final int MAX_GPUS = 1 << 20;
    /** Largest tensor-, pipeline- or context-parallel size one may ask for. */
    public static final int MAX_PARALLEL = 4096;
    /** Tensor parallelism stays within one node of 8 GPUs (NVLink / Infinity Fabric domain). */
    public static final int NODE_GPUS = 8;
    /** Without FlashAttention a GPU counts at most this fraction of its memory beyond FlashAttention's workspace (the original tool's cap). */
    public static final int WORKSPACE_CAP_DIVISOR = 2;

    private Limits() {
    }

    /** The most attention workspace beyond FlashAttention's that one GPU of {@code usableBytes} counts. */
    public static long workspaceCap(long usableBytes) {
        return usableBytes / WORKSPACE_CAP_DIVISOR;
    }
}
