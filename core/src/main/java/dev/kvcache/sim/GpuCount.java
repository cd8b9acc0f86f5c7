package dev.kvcache.sim;

/**
 * How many GPUs hold the scenario: AUTO (as many as it needs, tensor-parallel, stepping up as the
 * cache grows) or a fixed count that caps the KV pool.
 */
public final class GpuCount {
    /** The default, as in the original: spread over as many GPUs as needed. */
    public static final GpuCount AUTO = new GpuCount(0);

    /** Counts offered by the UI: powers of two for a node, then datacenter presets. */
    private static final int[] PRESETS = {1, 2, 4, 8, 16, 32, 64, 256, 1024};

    private final int fixedCount;

    private GpuCount(int fixedCount) {
        this.fixedCount = fixedCount;
    }

    /** A fixed count of {@code count} GPUs (at least 1). */
    public static GpuCount fixed(int count) {
        if (count < 1) {
            throw new IllegalArgumentException("GPU count must be at least 1: " + count);
        }
        return new GpuCount(count);
    }

    public boolean isAuto() {
        return fixedCount == 0;
    }

    /** The fixed count; 0 for AUTO. */
    public int fixedCount() {
        return fixedCount;
    }

    public static int presetCount() {
        return PRESETS.length;
    }

    public static int preset(int index) {
        return PRESETS[index];
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof GpuCount && ((GpuCount) other).fixedCount == fixedCount;
    }

    @Override
    public int hashCode() {
        return fixedCount;
    }

    @Override
    public String toString() {
        return isAuto() ? "auto" : Integer.toString(fixedCount);
    }
}
