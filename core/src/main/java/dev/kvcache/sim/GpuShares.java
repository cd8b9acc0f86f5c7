package dev.kvcache.sim;

/**
 * What the most loaded GPU holds when a scenario runs on N GPUs, as the memory engine lays the
 * model out (tensor parallel within a node, pipeline stages, context-parallel groups). The memory
 * engine decides the layout and every per-GPU share; the simulation only counts blocks against them
 * through {@link MemoryLayout}, so the die, the panels and the report describe the same GPU.
 *
 * <p>A whole-model KV block (16 tokens of the growing layers) costs {@link #blockBytes} on the most
 * loaded GPU, and the batch's blocks spread over {@link #blockGroups} groups (context parallelism
 * splits every sequence's tokens): that GPU holds {@code ceil(blocks / groups)} of them.
 */
public interface GpuShares {
    /** GPUs the layout chosen for {@code gpus} puts to work (tp x pp x cp; at most {@code gpus}). */
    int layoutGpus(int gpus);

    /** Weights on the most loaded GPU, bytes (0 when weights are not counted). */
    long weightBytes(int gpus);

    /** Attention workspace on each GPU with {@code mode}, the per-GPU cap applied, bytes. */
    long workspaceBytes(int gpus, FlashMode mode);

    /**
     * Workspace FlashAttention avoids on that GPU while {@code sequences} sequences of at most
     * {@code tokens} tokens run (the per-GPU cap applied), bytes: what it saves now.
     */
    long workspaceSavedBytes(int gpus, int sequences, long tokens);

    /** One batch slot's bounded state (windowed layers at their cap, linear-attention state) on that GPU, bytes. */
    long slotStateBytes(int gpus);

    /** One whole-model 16-token block of the growing layers on that GPU, before the split over groups, bytes. */
    long blockBytes(int gpus);

    /** Groups the batch's blocks spread over (context-parallel size; the chip count on SRAM accelerators). */
    int blockGroups(int gpus);

    /**
     * Speculative decoding's draft on the most loaded GPU (its weights and every slot's draft KV at
     * the full context), bytes; 0 without a draft.
     */
    default long draftBytes(int gpus) {
        return 0L;
    }
}
