package dev.kvcache.sim;

/**
 * The attention workspace (bytes, whole model, all heads, uncapped) for a batch and context, as the
 * memory engine computes it; {@link MemoryLayout} splits it over the GPUs and caps it per GPU.
 */
public interface WorkspaceModel {
    /** No workspace at all: for tests and for engines that do not model it. */
    WorkspaceModel NONE = new WorkspaceModel() {
        @Override
        public long workspaceBytes(int batch, long contextTokens, FlashMode mode) {
            return 0L;
        }
    };

    /**
     * Peak attention workspace in bytes for {@code batch} sequences of {@code contextTokens};
     * may saturate at {@link Long#MAX_VALUE} (standard attention at 100M tokens is quadratic).
     */
    long workspaceBytes(int batch, long contextTokens, FlashMode mode);
}
