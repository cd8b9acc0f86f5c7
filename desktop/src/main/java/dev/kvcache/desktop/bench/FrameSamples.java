package dev.kvcache.desktop.bench;

import java.util.Arrays;

/** Per-frame measurements of one bench-render phase: frame times, draw calls, texture binds, vertices, allocation. */
final class FrameSamples {
    private final long[] frameNanos;
    private final int[] drawCalls;
    private final int[] textureBinds;
    private final int[] vertices;
    private final long[] allocatedBytes;
    private int count;

    FrameSamples(int frames) {
        frameNanos = new long[frames];
        drawCalls = new int[frames];
        textureBinds = new int[frames];
        vertices = new int[frames];
        allocatedBytes = new long[frames];
    }

    boolean full() {
        return count == frameNanos.length;
    }

    void add(long nanos, int calls, int binds, int drawnVertices, long allocated) {
        frameNanos[count] = nanos;
        drawCalls[count] = calls;
        textureBinds[count] = binds;
        vertices[count] = drawnVertices;
        allocatedBytes[count] = allocated;
        count++;
    }

    double percentileMillis(double percentile) {
        long[] sorted = Arrays.copyOf(frameNanos, count);
        Arrays.sort(sorted);
        int index = (int) Math.min(count - 1, Math.max(0, Math.ceil(percentile / 100.0 * count) - 1));
        return sorted[index] / 1e6;
    }

    double meanDrawCalls() {
        return mean(drawCalls);
    }

    int maxDrawCalls() {
        return Arrays.stream(drawCalls, 0, count).max().orElse(0);
    }

    double meanTextureBinds() {
        return mean(textureBinds);
    }

    /** Vertices GL drew per frame: software GL sets up every triangle, so small quads cost even when cheap to fill. */
    double meanVertices() {
        return mean(vertices);
    }

    double allocatedBytesPerFrame() {
        return count == 0 ? 0 : Arrays.stream(allocatedBytes, 0, count).sum() / (double) count;
    }

    /**
     * Frames that allocated at all: in a steady scene none should, so the few that do point at a
     * change (a new layout, a new text) rather than at per-frame garbage.
     */
    int framesAllocating() {
        return (int) Arrays.stream(allocatedBytes, 0, count).filter(bytes -> bytes > 0).count();
    }

    /** The most one frame allocated. */
    long maxAllocatedBytes() {
        return Arrays.stream(allocatedBytes, 0, count).max().orElse(0);
    }

    int frames() {
        return count;
    }

    private double mean(int[] values) {
        return count == 0 ? 0 : Arrays.stream(values, 0, count).average().orElse(0);
    }
}
