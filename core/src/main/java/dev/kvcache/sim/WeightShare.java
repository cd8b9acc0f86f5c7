package dev.kvcache.sim;

/**
 * How much of the model's weights the most loaded GPU holds when the scenario runs on N GPUs.
 * Engines split weights by heads within a node and by layers across stages, and every
 * context-parallel group holds its own copy, so past a few GPUs the share stops shrinking as 1/N.
 */
public interface WeightShare {
    /** Weight bytes on the most loaded of {@code gpus} GPUs (at least the whole model over {@code gpus}). */
    long bytesPerGpu(int gpus);
}
