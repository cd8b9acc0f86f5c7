package dev.kvcache.sim;

import dev.kvcache.units.Saturating;

/**
 * The shares of a spec with no engine layout: every GPU holds 1/N of everything (tensor parallel
 * over all N), the workspace capped per GPU at half a GPU beyond FlashAttention's. Used by tests and
 * by specs built without the memory engine.
 */
final class EvenShares implements GpuShares {
    private final long usableBytesPerGpu;
    private final long weightBytes;
    private final long flashWorkspaceWholeBytes;
    private final long standardWorkspaceWholeBytes;
    private final WorkspaceModel workspace;
    private final long slotStateWholeBytes;
    private final long blockWholeBytes;

    EvenShares(MemorySpec spec, SimSettings settings) {
        usableBytesPerGpu = spec.usableBytesPerGpu();
        weightBytes = settings.weights() == WeightsMode.INCLUDED ? spec.weightBytes() : 0L;
        int batch = settings.batch();
        long context = settings.contextTokens();
        workspace = spec.workspace();
        flashWorkspaceWholeBytes = Math.max(0L, spec.workspace().workspaceBytes(batch, context, FlashMode.FLASH));
        standardWorkspaceWholeBytes = Math.max(flashWorkspaceWholeBytes,
                spec.workspace().workspaceBytes(batch, context, FlashMode.STANDARD));
        slotStateWholeBytes = spec.windowedBytesForTokens(context);
        blockWholeBytes = BlockSize.TOKENS_PER_BLOCK * spec.growingKvBytesPerToken();
    }

    @Override
    public int layoutGpus(int gpus) {
        return Math.max(1, gpus);
    }

    @Override
    public long weightBytes(int gpus) {
        return Saturating.ceilDiv(weightBytes, Math.max(1, gpus));
    }

    @Override
    public long workspaceBytes(int gpus, FlashMode mode) {
        int n = Math.max(1, gpus);
        long flash = Saturating.ceilDiv(flashWorkspaceWholeBytes, n);
        if (mode == FlashMode.FLASH) {
            return flash;
        }
        // Without FlashAttention a GPU counts at most half its memory beyond FlashAttention's share.
        return Math.min(Saturating.ceilDiv(standardWorkspaceWholeBytes, n),
                Saturating.add(flash, Limits.workspaceCap(usableBytesPerGpu)));
    }

    @Override
    public long workspaceSavedBytes(int gpus, int sequences, long tokens) {
        if (sequences <= 0 || tokens <= 0) {
            return 0L;
        }
        long saved = workspace.workspaceBytes(sequences, tokens, FlashMode.STANDARD)
                - workspace.workspaceBytes(sequences, tokens, FlashMode.FLASH);
        return Math.min(Saturating.ceilDiv(Math.max(0L, saved), Math.max(1, gpus)),
                Limits.workspaceCap(usableBytesPerGpu));
    }

    @Override
    public long slotStateBytes(int gpus) {
        return Saturating.ceilDiv(slotStateWholeBytes, Math.max(1, gpus));
    }

    @Override
    public long blockBytes(int gpus) {
        return blockWholeBytes;
    }

    @Override
    public int blockGroups(int gpus) {
        return Math.max(1, gpus);
    }
}
