package dev.kvcache.memory;

import dev.kvcache.catalog.AttentionLayout;
import dev.kvcache.catalog.DeviceUnit;
import dev.kvcache.catalog.LayerKind;
import dev.kvcache.catalog.ModelSpec;
import dev.kvcache.catalog.Precision;
import dev.kvcache.sim.PagingMode;
import dev.kvcache.sim.Speculation;
import dev.kvcache.units.Quantities;

/** Writes a scenario's calculation in words and numbers, the way the formula panel shows it. */
final class FormulaText {
    private FormulaText() {
    }

    static String describe(ScenarioFigures f, FormulaForm form) {
        if (form == FormulaForm.NOW) {
            return "";
        }
        Scenario s = f.scenario;
        ModelSpec m = s.model;
        AttentionLayout a = m.attention();
        KvFootprint kv = f.kvWhole;
        String bytes = Quantities.decimal(s.kv.bytesPerElement()) + " B (" + s.kv.displayName() + ")";
        if (KvQuantization.applies(s.kv)) {
            // KIVI's group scales are part of every element's cost: say so, or the product would not add up.
            int valueBits = s.kv.bitsPer32Elements() / 32;
            int scaleBits = KvQuantization.SCALE_BITS_PER_GROUP / KvQuantization.GROUP_ELEMENTS;
            bytes = (valueBits + scaleBits) + " bits / 8 (" + s.kv.displayName() + "'s " + valueBits + " + "
                    + scaleBits + " of FP16 scale and zero-point per " + KvQuantization.GROUP_ELEMENTS
                    + "-element group, KIVI)";
        }
        StringBuilder b = new StringBuilder();
        b.append("KV per token = ");
        if (a.isMla()) {
            b.append(kv.layerCount(LayerKind.FULL)).append(" layers x ").append(a.mlaLatentDim())
                    .append(" latent (kv_lora_rank + rope dim, no x2 for K and V) x ").append(bytes);
        } else {
            long attentionLayers = kv.layerCount(LayerKind.FULL) + kv.layerCount(LayerKind.SLIDING)
                    + kv.layerCount(LayerKind.CHUNKED);
            b.append("2 (K and V) x ").append(attentionLayers).append(" layers x ").append(a.kvHeads())
                    .append(" KV heads x ").append(a.headDim()).append(" head_dim x ").append(bytes);
        }
        b.append(" = ").append(Quantities.exactBytes(f.kvBytesPerToken)).append(". ");
        long capped = kv.layerCount(LayerKind.SLIDING) + kv.layerCount(LayerKind.CHUNKED);
        if (kv.window() > 0 && kv.layerCount(LayerKind.FULL) == 0 && kv.layerCount(LayerKind.LINEAR) == 0) {
            // Nothing grows past the window (Mistral-7B): say so, not "only 0 full layers grow".
            b.append("All ").append(capped).append(" layers keep at most the last ")
                    .append(Quantities.tokens(kv.window())).append(", so each sequence's cache stops growing at ")
                    .append(Quantities.bytes(kv.windowedBytesPerToken() * kv.window())).append(". ");
        } else if (kv.window() > 0) {
            b.append("Only ").append(kv.layerCount(LayerKind.FULL))
                    .append(kv.layerCount(LayerKind.FULL) == 1 ? " full layer grows (" : " full layers grow (")
                    .append(Quantities.exactBytes(kv.growingBytesPerToken())).append(" per token); ")
                    .append(capped).append(capped == 1 ? " layer keeps" : " layers keep").append(" at most ")
                    .append(Quantities.tokens(kv.window())).append(". ");
        }
        if (kv.residualTokens() > 0) {
            b.append("KIVI keeps each sequence's last ").append(Quantities.tokens(kv.residualTokens()))
                    .append(" unquantized (").append(Quantities.exactBytes(kv.residualExtraBytesPerToken()))
                    .append(" more per token). ");
        }
        if (kv.fixedStateBytesPerSequence() > 0) {
            b.append(kv.layerCount(LayerKind.LINEAR)).append(" linear-attention layers add a fixed ")
                    .append(Quantities.bytes(kv.fixedStateBytesPerSequence())).append(" state per sequence. ");
        }
        b.append("Cache = ").append(Quantities.grouped(s.batch)).append(s.batch == 1 ? " sequence x " : " sequences x ")
                .append(Quantities.tokens(s.context));
        if (kv.window() > 0 && s.context > kv.window()) {
            b.append(", windowed layers capped at ").append(Quantities.tokens(kv.window()));
        }
        boolean evicting = s.context > s.settings.eviction().keptTokens();
        if (evicting) {
            b.append(", each keeping only ").append(Quantities.tokens(s.settings.eviction().keptTokens()));
        }
        b.append(s.paging == PagingMode.PAGED ? " (16-token pages)"
                        : evicting ? " (contiguous: each reserves the tokens it keeps)"
                        : " (contiguous: each reserves the whole context set, the max model length)")
                .append(" = ").append(Quantities.bytes(f.kvCacheBytes)).append(". ");
        KvTradeoffText.append(f, b, form);
        if (form == FormulaForm.WHOLE) {
            PrefixText.append(f, b);
        }
        appendWeights(b, s, f);
        DeviceUnit unit = s.device.unit();
        if (s.compiledPartition()) {
            b.append("Per ").append(unit.singular()).append(" (the compiler splits every tensor over ")
                    .append(Quantities.grouped(s.gpus())).append(' ').append(unit.noun(s.gpus())).append("): ");
        } else {
            if (s.gpus() > 1) {
                b.append("On ").append(Quantities.grouped(s.gpus())).append(' ').append(unit.plural())
                        .append(s.gpus() == f.gpusNeeded ? ", the fewest that hold it, " : ", ");
            }
            // Stages differ (the first holds the embeddings, layers may not divide): name the one that decides.
            b.append(s.gpus() > 1 ? (s.pp > 1 ? "the most loaded " : "each ") : "Per ").append(unit.singular())
                    .append(" (tp ").append(s.tp).append(" x pp ").append(s.pp);
            if (s.cp > 1) {
                b.append(" x cp ").append(s.cp).append(", each sequence's tokens split over ").append(s.cp)
                        .append(" groups");
            }
            b.append("): ");
        }
        b
                .append(Quantities.bytes(f.perGpuWeightsBytes)).append(" weights + ")
                .append(Quantities.bytes(f.perGpuKvBytes)).append(" KV + ")
                .append(Quantities.bytes(f.perGpuWorkspaceBytes)).append(" attention workspace");
        long draft = DraftFootprint.of(s).perGpuBytes(s, s.tp, s.pp, s.cp);
        if (draft > 0) {
            b.append(" + ").append(Quantities.bytes(draft)).append(" speculative draft");
        }
        b.append(" = ")
                .append(Quantities.bytes(f.perGpuTotalBytes)).append(" of ")
                .append(Quantities.bytes(s.device.usableBytes())).append(" usable (")
                .append(Quantities.percent(f.utilization)).append(").");
        Speculation spec = s.settings.speculation();
        if (spec.isOn()) {
            b.append(" Speculative decoding (Leviathan et al. 2023): the draft proposes ");
            Quantities.tokens(b, spec.draftK()).append(" and the target checks them in one step; at acceptance a = ")
                    .append(Quantities.twoDecimals(spec.acceptance())).append(" a step yields (1 - a^(k+1)) / (1 - a) = ")
                    .append(Quantities.twoDecimals(spec.tokensPerStep())).append(" on average.");
        }
        if (s.beyondTrainedContext()) {
            b.append(" Context exceeds the trained maximum of ").append(Quantities.tokens(m.maxContext()))
                    .append(".");
        }
        return b.toString();
    }

    /**
     * "Weights = ..." as a product a reader can check. MXFP4 quantizes the routed experts only
     * ({@link WeightFootprint}): the experts' share at 4.25 bits, the rest (attention, router,
     * embeddings) in BF16; 0.53 B rounded to "0.5" would not add up to the bytes shown.
     */
    private static void appendWeights(StringBuilder b, Scenario s, ScenarioFigures f) {
        ModelSpec m = s.model;
        long total = m.totalParams();
        b.append("Weights = ").append(Quantities.shortCount(total)).append(" params");
        if (s.weights == Precision.MXFP4) {
            long experts = new WeightFootprint(m, s.weights).expertParams();
            if (experts == 0) {
                b.append(" x ").append(Quantities.decimal(Precision.BF16.bytesPerElement())).append(" B (")
                        .append(Precision.BF16.displayName())
                        .append(": MXFP4 quantizes routed experts only, and this model has none)");
            } else {
                b.append(": ").append(Quantities.shortCount(experts)).append(" in routed experts x ")
                        .append(Quantities.twoDecimals(Precision.MXFP4.bytesPerElement() * 8))
                        .append(" bits (MXFP4: 4-bit values, an 8-bit scale per 32) + ")
                        .append(Quantities.shortCount(total - experts)).append(" x ")
                        .append(Quantities.decimal(Precision.BF16.bytesPerElement())).append(" B (")
                        .append(Precision.BF16.displayName()).append(")");
            }
        } else {
            b.append(" x ").append(Quantities.decimal(s.weights.bytesPerElement())).append(" B (")
                    .append(s.weights.displayName()).append(")");
        }
        b.append(" = ").append(Quantities.bytes(f.weightsBytes)).append(". ");
    }
}
