package dev.kvcache.memory;

import dev.kvcache.catalog.LayerKind;

/**
 * How vLLM's hybrid KV cache manager pages one GPU's layers. Layers of one attention type form one
 * group. With several types, each is cut into groups of the smallest type's size (or the largest's,
 * when the largest is under 1.25x the smallest), every group gets the same page size, and the last
 * group of a type is padded with empty layers: Gemma-3-12B (8 full + 40 sliding) is charged 48
 * layers per token slot, a 10 full + 52 sliding model 10 + 6 x 10 = 70. Linear-attention states
 * share the pages too: the attention block grows (in steps of 16 tokens) until a page holds one
 * layer's state.
 */
public final class VllmKvGrouping {
    /** vLLM's default block: 16 tokens per page. */
    public static final int BLOCK_TOKENS = 16;

    private final int groupSize;
    private final int groups;
    private final int blockTokens;
    private final long bytesPerTokenPerLayer;

    public VllmKvGrouping(KvFootprint stage) {
        long[] counts = {
            stage.layerCount(LayerKind.FULL), stage.layerCount(LayerKind.SLIDING),
            stage.layerCount(LayerKind.CHUNKED), stage.layerCount(LayerKind.LINEAR)
        };
        long min = Long.MAX_VALUE;
        long max = 0;
        for (long c : counts) {
            if (c > 0) {
                min = Math.min(min, c);
                max = Math.max(max, c);
            }
        }
        long size = max == 0 ? 0 : (max * 4 < min * 5 ? max : min);
        int groupCount = 0;
        for (long c : counts) {
            if (c > 0) {
                groupCount += (int) ((c + size - 1) / size);
            }
        }
        this.groupSize = (int) size;
        this.groups = groupCount;
        this.bytesPerTokenPerLayer = stage.bytesPerTokenPerLayer();
        int block = BLOCK_TOKENS;
        if (stage.layerCount(LayerKind.LINEAR) > 0 && bytesPerTokenPerLayer > 0) {
            long step = BLOCK_TOKENS * bytesPerTokenPerLayer;
            block = (int) (BLOCK_TOKENS * ((stage.stateBytesPerLayer() + step - 1) / step));
        }
        this.blockTokens = block;
    }

    public int groupSize() {
        return groupSize;
    }

    public int groups() {
        return groups;
    }

    /** Tokens per page: 16, or more when a page must also hold a linear-attention state. */
    public int blockTokens() {
        return blockTokens;
    }

    /** Layer-equivalents vLLM charges per token slot: groups x group size. */
    public long chargedLayers() {
        return (long) groups * groupSize;
    }

    /** Bytes vLLM reserves per token slot on this GPU. */
    public long bytesPerToken() {
        return chargedLayers() * bytesPerTokenPerLayer;
    }

    /** Tokens a pool of {@code availableBytes} holds: whole pages per group, then whole blocks. */
    public long poolTokens(long availableBytes) {
        long pageBytes = blockTokens * bytesPerTokenPerLayer * groupSize;
        if (pageBytes <= 0 || availableBytes <= 0) {
            return 0;
        }
        long blocks = availableBytes / pageBytes;
        return blocks / groups * blockTokens;
    }
}
