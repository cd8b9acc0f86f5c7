package dev.kvcache.memory;

import dev.kvcache.sim.MemoryLayout;
import dev.kvcache.units.Saturating;

/**
 * What each GPU of a scenario's tp x pp x cp layout holds, stage by stage, by the engine's own
 * rules ({@link LayoutCost}): its stage's weights over tp, its stage's layers of every sequence's
 * cache for its tensor-parallel slice of the KV heads (replicated where tp exceeds them, as vLLM
 * does), its context-parallel share of the blocks, every slot's bounded state, the attention
 * workspace and the draft. On SRAM accelerators the compiler splits every tensor evenly, so every
 * chip holds what the engine's most loaded one does. Made once per scenario; asking allocates nothing.
 */
public final class StageShares {
    private final long[] weights;
    private final long[] blockBytes;
    private final long[] slotState;
    private final long workspace;
    private final long draft;
    private final int groups;
    private final long batch;

    private StageShares(Scenario s) {
        LayoutCost cost = new LayoutCost(s);
        int stages = s.compiledPartition() ? 1 : s.pp;
        weights = new long[stages];
        blockBytes = new long[stages];
        slotState = new long[stages];
        for (int stage = 0; stage < stages; stage++) {
            if (s.compiledPartition()) {
                weights[stage] = cost.weightBytesPerGpu(s.tp, s.pp, s.cp);
                blockBytes[stage] = cost.blockBytes(s.tp, s.pp, s.cp);
                slotState[stage] = cost.slotStateBytes(s.tp, s.pp, s.cp);
            } else {
                weights[stage] = s.weightsMode == dev.kvcache.sim.WeightsMode.INCLUDED
                        ? new WeightFootprint(s.model, s.weights).stageBytes(s.tp, s.pp, stage) : 0L;
                KvFootprint kv = KvFootprint.stage(s.model, s.kv, s.tp, s.pp, stage).evicting(s.settings.eviction());
                blockBytes[stage] = cost.blockBytes(kv);
                slotState[stage] = cost.slotStateBytes(kv, s.tp, s.pp, s.cp, s.context);
            }
        }
        workspace = cost.workspaceBytesPerGpu(s.tp, s.pp, s.cp, s.flash);
        draft = cost.draftBytesPerGpu(s.tp, s.pp, s.cp);
        groups = Math.max(1, cost.blockGroups(s.tp, s.pp, s.cp));
        batch = s.batch;
    }

    /** The shares of {@code scenario}'s own layout. */
    public static StageShares of(Scenario scenario) {
        return new StageShares(scenario);
    }

    /** Stages drawn apart (1 on SRAM accelerators, whose chips are all alike). */
    public int stages() {
        return weights.length;
    }

    /** Weights on each GPU of {@code stage} (0 when weights are not counted), bytes. */
    public long weightBytes(int stage) {
        return weights[stage];
    }

    /** The draft, workspace: the same on every GPU, bytes. */
    public long fixedBytes() {
        return Saturating.add(workspace, draft);
    }

    /** The KV on each GPU of {@code stage} while the pool holds {@code blocksInUse} whole-model blocks: blocks and slot state, bytes. */
    public long kvBytes(int stage, long blocksInUse) {
        return MemoryLayout.perGpuBytes(0L, 0L, slotState[stage], batch, blocksInUse, groups, blockBytes[stage]);
    }

    /** Everything on each GPU of {@code stage} at {@code blocksInUse}, by the one rule the pool fills by, bytes. */
    public long usedBytes(int stage, long blocksInUse) {
        return MemoryLayout.perGpuBytes(Saturating.add(weights[stage], draft), workspace, slotState[stage], batch,
                blocksInUse, groups, blockBytes[stage]);
    }

    /** Groups the blocks spread over (the context-parallel size; every chip on SRAM accelerators). */
    public int blockGroups() {
        return groups;
    }

    /** One whole-model block on each GPU of {@code stage}, before the split over groups, bytes. */
    public long blockBytes(int stage) {
        return blockBytes[stage];
    }
}
