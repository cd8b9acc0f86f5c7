package dev.kvcache.sim;

/**
 * The memory figures of one scenario, whole-model values in bytes (immutable): what the simulation
 * needs from the memory engine, which builds it through a {@link SpecProvider} adapter.
 *
 * <p>KV bytes of a sequence of {@code t} tokens follow the memory engine's {@code bytesForTokens}:
 * {@code growing x t + windowed x min(t, window) + fixedState}; see {@link #kvBytesForTokens(long)}.
 */
public final class MemorySpec {
    private final long usableBytesPerGpu;
    private final long weightBytes;
    private final long growingKvBytesPerToken;
    private final long windowedKvBytesPerToken;
    private final long windowTokens;
    private final long fixedStateBytesPerSequence;
    private final WorkspaceModel workspace;
    private final GpuShares shares;

    private MemorySpec(Builder b) {
        usableBytesPerGpu = b.usableBytesPerGpu;
        weightBytes = b.weightBytes;
        growingKvBytesPerToken = b.growingKvBytesPerToken;
        windowedKvBytesPerToken = b.windowedKvBytesPerToken;
        windowTokens = b.windowTokens;
        fixedStateBytesPerSequence = b.fixedStateBytesPerSequence;
        workspace = b.workspace;
        shares = b.shares;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Device memory one GPU can use (e.g. 79.19 GiB on an "80 GB" H100), bytes. */
    public long usableBytesPerGpu() {
        return usableBytesPerGpu;
    }

    /**
     * All weights of the model, bytes. The simulation places them only when the settings include
     * weights, so a provider may return the model's weights either way (or 0 when excluded).
     */
    public long weightBytes() {
        return weightBytes;
    }

    /** KV bytes per token of the layers whose cache grows with the context (global attention). */
    public long growingKvBytesPerToken() {
        return growingKvBytesPerToken;
    }

    /** KV bytes per token of sliding-window / chunked layers, which hold at most {@link #windowTokens()}. */
    public long windowedKvBytesPerToken() {
        return windowedKvBytesPerToken;
    }

    /** Tokens a windowed layer keeps; 0 when the model has no windowed layers. */
    public long windowTokens() {
        return windowTokens;
    }

    /** Constant per-sequence state of linear-attention layers (bytes), independent of the context. */
    public long fixedStateBytesPerSequence() {
        return fixedStateBytesPerSequence;
    }

    public WorkspaceModel workspace() {
        return workspace;
    }

    /** What the most loaded GPU holds at each GPU count as the engine lays it out; null: 1/N of everything. */
    public GpuShares shares() {
        return shares;
    }

    /** KV bytes of a sequence holding {@code tokens}: the memory engine's bytesForTokens arithmetic. */
    public long kvBytesForTokens(long tokens) {
        return growingKvBytesPerToken * tokens + windowedBytesForTokens(tokens);
    }

    /** The bounded part of {@link #kvBytesForTokens(long)}: windowed layers plus fixed state. */
    public long windowedBytesForTokens(long tokens) {
        return windowedKvBytesPerToken * Math.min(tokens, windowTokens) + fixedStateBytesPerSequence;
    }

    /** Builder; every figure defaults to 0 except the device, which must be set. */
    public static final class Builder {
        private long usableBytesPerGpu;
        private long weightBytes;
        private long growingKvBytesPerToken;
        private long windowedKvBytesPerToken;
        private long windowTokens;
        private long fixedStateBytesPerSequence;
        private WorkspaceModel workspace = WorkspaceModel.NONE;
        private GpuShares shares;

        private Builder() {
        }

        public Builder usableBytesPerGpu(long value) {
            usableBytesPerGpu = value;
            return this;
        }

        public Builder weightBytes(long value) {
            weightBytes = value;
            return this;
        }

        public Builder growingKvBytesPerToken(long value) {
            growingKvBytesPerToken = value;
            return this;
        }

        /** Windowed layers: {@code bytesPerToken} each, for at most {@code tokens} tokens. */
        public Builder windowed(long bytesPerToken, long tokens) {
            windowedKvBytesPerToken = bytesPerToken;
            windowTokens = tokens;
            return this;
        }

        public Builder fixedStateBytesPerSequence(long value) {
            fixedStateBytesPerSequence = value;
            return this;
        }

        public Builder workspace(WorkspaceModel value) {
            if (value == null) {
                throw new IllegalArgumentException("workspace must not be null (use WorkspaceModel.NONE)");
            }
            workspace = value;
            return this;
        }

        /** The engine's per-GPU shares at each GPU count; without them everything splits evenly. */
        public Builder shares(GpuShares value) {
            shares = value;
            return this;
        }

        public MemorySpec build() {
            if (usableBytesPerGpu <= 0) {
                throw new IllegalArgumentException("usableBytesPerGpu must be positive: " + usableBytesPerGpu);
            }
            requireNonNegative(weightBytes, "weightBytes");
            requireNonNegative(growingKvBytesPerToken, "growingKvBytesPerToken");
            requireNonNegative(windowedKvBytesPerToken, "windowedKvBytesPerToken");
            requireNonNegative(windowTokens, "windowTokens");
            requireNonNegative(fixedStateBytesPerSequence, "fixedStateBytesPerSequence");
            // 100M tokens x 32 sequences must stay far from 2^63: cap a token at 1 GiB of KV.
            if (growingKvBytesPerToken > (1L << 30) || windowedKvBytesPerToken > (1L << 30)) {
                throw new IllegalArgumentException("KV bytes per token above 1 GiB are not plausible");
            }
            return new MemorySpec(this);
        }

        private static void requireNonNegative(long value, String name) {
            if (value < 0) {
                throw new IllegalArgumentException(name + " must be >= 0: " + value);
            }
        }
    }
}
