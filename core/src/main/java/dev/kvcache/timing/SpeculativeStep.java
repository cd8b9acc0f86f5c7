package dev.kvcache.timing;

import dev.kvcache.memory.KvFootprint;
import dev.kvcache.memory.Scenario;
import dev.kvcache.sim.Speculation;

/**
 * Speculative decoding's time (Leviathan et al. 2023, arXiv 2211.17192): the draft proposes k
 * tokens one draft step at a time, the target checks them in one step over k + 1 tokens per
 * sequence, and with acceptance rate a each such step yields (1 - a^(k+1)) / (1 - a) tokens on
 * average (k + 1 when a = 1). The speed-up is those tokens x a plain target decode step over the
 * speculative step's cost. A draft model is priced by its own {@link StepModel} on the target's
 * tensor-parallel ranks (one rank if its heads do not split); an MTP module as one more of the
 * target's layers plus a step's fixed overhead.
 */
public final class SpeculativeStep {
    private final int k;
    private final double tokensPerStep;
    /** The draft model's steps; null for an MTP module. */
    private final StepModel draft;
    /** Tokens the draft's windowed layers keep (0 when it has none). */
    private final long draftWindow;
    private final StepCost scratch = new StepCost();

    private SpeculativeStep(Speculation s, StepModel draft, long draftWindow) {
        this.k = s.draftK();
        this.tokensPerStep = s.tokensPerStep();
        this.draft = draft;
        this.draftWindow = draftWindow;
    }

    /** The speculation of {@code target} timed beside {@code targetModel}; null when it drafts nothing. */
    public static SpeculativeStep of(Scenario target, StepModel targetModel) {
        Speculation s = target.settings.speculation();
        if (!s.isOn()) {
            return null;
        }
        if (s.isMtp()) {
            return new SpeculativeStep(s, null, 0);
        }
        Scenario draft = draftOn(target, targetModel.work().tp);
        StepModel model = new StepModel(LayoutWork.of(draft, draft.tp, 1, 1), targetModel.rates());
        return new SpeculativeStep(s, model, KvFootprint.wholeModel(draft.model, draft.kv).window());
    }

    /** The draft as a scenario of its own on {@code tp} ranks, or on one when its heads do not split so. */
    private static Scenario draftOn(Scenario target, int tp) {
        Scenario alone = Scenario.of(target.settings.toBuilder().modelId(target.draftModel.id())
                .speculation(Speculation.OFF).layout(1, 1, 1).build(), target.draftModel, target.device);
        try {
            return alone.onLayout(tp, 1, 1);
        } catch (IllegalArgumentException e) {
            return alone;
        }
    }

    /** Expected tokens per target step for acceptance {@code a} and {@code k} drafted tokens ({@link Speculation#tokensPerStep}). */
    public static double tokensPerStep(double a, int k) {
        return Speculation.tokensPerStep(a, k);
    }

    public double tokensPerStep() {
        return tokensPerStep;
    }

    /**
     * One speculative step of {@code decodes} sequences holding {@code held} tokens ({@code capped}
     * within the target's windows): the target verifying k + 1 tokens of each, every extra token
     * attending to its sequence's tokens, plus k draft steps, seconds.
     */
    public double stepSeconds(StepModel target, double decodes, double held, double capped) {
        double verify = target.step(decodes, held, capped, decodes * k, k * held, k * capped, scratch);
        return verify + k * draftStepSeconds(target, decodes, held, capped);
    }

    /** One draft step of {@code decodes} sequences, seconds. */
    public double draftStepSeconds(StepModel target, double decodes, double held, double capped) {
        if (draft == null) {
            double overhead = target.rates().stepOverhead();
            double plain = target.step(decodes, held, capped, 0, 0, 0, scratch);
            return (plain - overhead) / Math.max(1, target.work().layersOnGpu * target.work().pp) + overhead;
        }
        double draftCapped = draftWindow > 0 ? Math.min(held, decodes * draftWindow) : 0;
        return draft.step(decodes, held, draftCapped, 0, 0, 0, scratch);
    }

    /** Tokens per step x a plain target decode step over the speculative step, for that batch. */
    public double speedup(StepModel target, double decodes, double held, double capped) {
        double plain = target.step(decodes, held, capped, 0, 0, 0, scratch);
        return tokensPerStep * plain / stepSeconds(target, decodes, held, capped);
    }
}
