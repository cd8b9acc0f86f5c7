package dev.kvcache.memory;

import dev.kvcache.catalog.ModelSpec;
import dev.kvcache.sim.Speculation;
import dev.kvcache.sim.WeightsMode;
import dev.kvcache.units.Saturating;

/**
 * What speculative decoding's draft holds, the one place it is counted: its weights (a draft
 * model's parameters, or the MTP module's published count, at the scenario's weight precision) and
 * its KV cache per sequence (its own bytes per token x the sequence's tokens plus the k drafted
 * slots; an MTP module is one more attention layer of the target's kind). On a GPU the draft is
 * split as the target's tensor-parallel ranks split it (vLLM runs the draft at the target's tp), and
 * reserved for every slot at the full context, so the pool and the GPU count leave room for it.
 */
public final class DraftFootprint {
    /** No draft: nothing held. */
    public static final DraftFootprint NONE = new DraftFootprint(0, 0, 0, 0);

    private final long weightsBytes;
    private final long kvBytesPerToken;
    private final int draftK;
    private final long stateBytesPerSequence;

    private DraftFootprint(long weightsBytes, long kvBytesPerToken, int draftK, long stateBytesPerSequence) {
        this.weightsBytes = weightsBytes;
        this.kvBytesPerToken = kvBytesPerToken;
        this.draftK = draftK;
        this.stateBytesPerSequence = stateBytesPerSequence;
    }

    /** The draft of {@code s} ({@link #NONE} when speculation is off). */
    public static DraftFootprint of(Scenario s) {
        Speculation spec = s.settings.speculation();
        if (!spec.isOn()) {
            return NONE;
        }
        if (spec.isMtp()) {
            // One extra transformer layer of the target's attention (DeepSeek-V3: MLA), one layer's KV per token.
            long perToken = KvFootprint.wholeModel(s.model, s.kv).bytesPerTokenPerLayer();
            return new DraftFootprint(s.weights.bytesFor(s.model.mtpParams()), perToken, spec.draftK(), 0);
        }
        ModelSpec draft = s.draftModel;
        if (draft == null) {
            throw new IllegalStateException("draft " + spec.draft() + " is not resolved to a catalog model");
        }
        KvFootprint kv = KvFootprint.wholeModel(draft, s.kv);
        return new DraftFootprint(new WeightFootprint(draft, s.weights).wholeModelBytes(),
                kv.growingBytesPerToken(), spec.draftK(), kv.boundedBytesForTokens(s.context, 1));
    }

    /** The draft's weights, whole, bytes. */
    public long weightsBytes() {
        return weightsBytes;
    }

    /** One sequence of {@code tokens} in the draft's cache: (tokens + k) x its bytes per token, plus its bounded state. */
    public long kvBytesPerSequence(long tokens) {
        if (kvBytesPerToken == 0 && stateBytesPerSequence == 0) {
            return 0;
        }
        return Saturating.add(Saturating.multiply(Saturating.add(tokens, draftK), kvBytesPerToken),
                stateBytesPerSequence);
    }

    /** Every slot of {@code batch} at {@code context} tokens, bytes. */
    public long kvBytes(long batch, long context) {
        return Saturating.multiply(batch, kvBytesPerSequence(context));
    }

    /**
     * What the most loaded GPU of {@code scenario}'s kind holds of the draft on {@code tp x pp x cp}:
     * weights (when counted) and every slot's KV at the full context, over the tensor-parallel ranks
     * (every chip on SRAM parts, whose compilers partition evenly), bytes.
     */
    public long perGpuBytes(Scenario s, int tp, int pp, int cp) {
        long weights = s.weightsMode == WeightsMode.INCLUDED ? weightsBytes : 0;
        long total = Saturating.add(weights, kvBytes(s.batch, s.context));
        if (total == 0) {
            return 0;
        }
        long parts = s.compiledPartition() ? (long) tp * pp * cp : tp;
        return LayoutCost.evenShare(total, Math.max(1, parts));
    }
}
