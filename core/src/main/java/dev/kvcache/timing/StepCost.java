package dev.kvcache.timing;

import dev.kvcache.sim.BoundBy;

/**
 * One engine step as the time model sees it: seconds reading memory, computing, and in collectives
 * (per pass through the pipeline, every stage together), the fixed overhead, the total and the
 * bound. Mutable and reused: the simulation asks every tick and must not allocate.
 */
public final class StepCost {
    double memorySeconds;
    double computeSeconds;
    double interconnectSeconds;
    double overheadSeconds;
    double seconds;
    double bytesRead;
    double weightBytesRead;
    double operations;
    BoundBy bound = BoundBy.MEMORY;

    /** Time reading weights and KV, all stages of one pass. */
    public double memorySeconds() {
        return memorySeconds;
    }

    /** Time computing at the achieved peak, all stages of one pass (0 when the device publishes no peak). */
    public double computeSeconds() {
        return computeSeconds;
    }

    /** Time in all-reduces, context-parallel exchanges and pipeline hand-offs. */
    public double interconnectSeconds() {
        return interconnectSeconds;
    }

    public double overheadSeconds() {
        return overheadSeconds;
    }

    /** The step: the larger of memory and compute per stage, plus collectives and overhead. */
    public double seconds() {
        return seconds;
    }

    /** Bytes the most loaded GPU reads in one micro-batch's pass through its stage. */
    public double bytesRead() {
        return bytesRead;
    }

    /** The part of {@link #bytesRead()} that is weights (the rest is KV cache and linear-attention state). */
    public double weightBytesRead() {
        return weightBytesRead;
    }

    /** Operations it computes in that pass. */
    public double operations() {
        return operations;
    }

    public BoundBy bound() {
        return bound;
    }
}
