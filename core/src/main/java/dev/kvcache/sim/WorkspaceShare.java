package dev.kvcache.sim;

/**
 * The attention workspace on each GPU when the scenario runs on N GPUs. Every pipeline stage runs
 * its own layers' attention, so stages do not divide it: past a node the share stops falling as 1/N.
 */
public interface WorkspaceShare {
    /** Workspace bytes on each of {@code gpus} GPUs with {@code mode}, the per-GPU cap applied. */
    long bytesPerGpu(int gpus, FlashMode mode);
}
