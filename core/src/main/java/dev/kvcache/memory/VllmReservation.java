package dev.kvcache.memory;

/**
 * What vLLM would reserve on one GPU: usable capacity x gpu_memory_utilization, minus weights, the
 * activation peak of its profiling pass and non-torch memory, gives the KV pool; the pool is cut
 * into pages by {@link VllmKvGrouping} and counted in tokens; concurrency = pool / max length.
 */
public final class VllmReservation {
    private final VllmKvGrouping grouping;
    private final long usableBytes;
    private final long budgetBytes;
    private final long availableKvBytes;
    private final long poolTokens;
    private final double maxConcurrency;

    public VllmReservation(VllmKvGrouping grouping, long usableBytes, double utilization,
            long weightsPerGpu, long activationPeak, long nonTorch, long maxModelLen) {
        this.grouping = grouping;
        this.usableBytes = usableBytes;
        this.budgetBytes = (long) (usableBytes * utilization);
        this.availableKvBytes = Math.max(0, budgetBytes - weightsPerGpu - activationPeak - nonTorch);
        this.poolTokens = grouping.poolTokens(availableKvBytes);
        this.maxConcurrency = (double) poolTokens / maxModelLen;
    }

    public int blockSize() {
        return grouping.blockTokens();
    }

    public long kvBytesPerTokenPerGpu() {
        return grouping.bytesPerToken();
    }

    public long usableBytes() {
        return usableBytes;
    }

    /** usable x gpu_memory_utilization. */
    public long budgetBytes() {
        return budgetBytes;
    }

    public long availableKvBytes() {
        return availableKvBytes;
    }

    public long poolTokens() {
        return poolTokens;
    }

    public double maxConcurrency() {
        return maxConcurrency;
    }

    public VllmKvGrouping grouping() {
        return grouping;
    }
}
