package dev.kvcache.scenario;

import dev.kvcache.catalog.Catalog;
import dev.kvcache.catalog.DeviceSpec;
import dev.kvcache.catalog.ModelSpec;
import dev.kvcache.catalog.Precision;
import dev.kvcache.sim.ContextPresets;
import dev.kvcache.sim.GpuCount;
import dev.kvcache.sim.SimSettings;
import dev.kvcache.sim.Speculation;
import dev.kvcache.timing.TimingSettings;
import java.util.ArrayList;
import java.util.List;

/**
 * One step of each setting, as keys and buttons take it: lists (models, devices, contexts, GPU
 * counts, precisions) wrap around; batch doubles or halves within 1-32; speed walks its presets;
 * the time model's two efficiencies step by tenths and stop at their ends.
 * Each returns new settings; a new model brings its native precisions, a new device its default
 * optimisations.
 */
public final class SettingSteps {
    /** Which way a step goes. */
    public enum Direction {
        UP(1),
        DOWN(-1);

        final int sign;

        Direction(int sign) {
            this.sign = sign;
        }
    }

    /** Achieved bandwidth shares the control steps through: around issue 14's typical 0.7. */
    private static final double[] BW_EFFICIENCIES = {0.5, 0.6, 0.7, 0.8, 0.9};
    /** Achieved tensor-throughput shares the control steps through: around issue 14's typical 0.5. */
    private static final double[] FLOPS_EFFICIENCIES = {0.3, 0.4, 0.5, 0.6, 0.7};
    /** The formats the K key steps through. */
    private static final Precision[] KV_FORMATS = kvFormats();
    /** The formats the P key steps through. */
    private static final Precision[] WEIGHT_FORMATS = weightFormats();

    private final Catalog catalog;
    private final ScenarioResolver resolver;

    public SettingSteps(Catalog catalog) {
        this.catalog = catalog;
        this.resolver = new ScenarioResolver(catalog);
    }

    /** The next model; a draft that cannot draft for it (another tokenizer, no MTP heads) is let go. */
    public SimSettings model(SimSettings s, Direction d) {
        ModelSpec current = resolver.model(s.modelId());
        ModelSpec next = d == Direction.UP ? catalog.models().next(current) : catalog.models().previous(current);
        SimSettings.Builder b = ModelDefaults.applyTo(s.toBuilder(), next);
        if (!DraftChoices.of(catalog, next).contains(s.speculation().draft())) {
            b.speculation(s.speculation().withDraft(Speculation.NONE));
        }
        return b.build();
    }

    /** The next draft of the model's cycle ({@link DraftChoices}): none, MTP, a small model of its tokenizer. */
    public SimSettings draft(SimSettings s) {
        return DraftChoices.next(catalog, s);
    }

    public SimSettings device(SimSettings s, Direction d) {
        DeviceSpec current = resolver.device(s.deviceId());
        DeviceSpec next = d == Direction.UP ? catalog.devices().next(current) : catalog.devices().previous(current);
        return DeviceDefaults.applyTo(s.toBuilder(), next).build();
    }

    /** Selects device {@code id} (resolved with fallback) with its default optimisations. */
    public SimSettings withDevice(SimSettings s, String id) {
        return DeviceDefaults.applyTo(s.toBuilder(), resolver.device(id)).build();
    }

    public static SimSettings context(SimSettings s, Direction d) {
        int n = ContextPresets.count();
        int index = 0;
        for (int i = 0; i < n; i++) {
            if (ContextPresets.tokens(i) <= s.contextTokens()) {
                index = i;
            }
        }
        boolean onPreset = ContextPresets.tokens(index) == s.contextTokens();
        int next = d == Direction.UP ? index + 1 : (onPreset ? index - 1 : index);
        return s.toBuilder().contextTokens(ContextPresets.tokens(((next % n) + n) % n)).build();
    }

    public static SimSettings batch(SimSettings s, Direction d) {
        int b = s.batch();
        int next = d == Direction.UP ? Integer.highestOneBit(b) * 2 : (Integer.bitCount(b) == 1 ? b / 2 : Integer.highestOneBit(b));
        next = Math.max(SimSettings.MIN_BATCH, Math.min(SimSettings.MAX_BATCH, next));
        return s.toBuilder().batch(next).build();
    }

    public static SimSettings speed(SimSettings s, Direction d) {
        return s.toBuilder().speed(d == Direction.UP ? SpeedSteps.faster(s.speed()) : SpeedSteps.slower(s.speed())).build();
    }

    /** Auto, then the presets 1, 2, 4 ... 1024, wrapping. */
    public static SimSettings gpus(SimSettings s, Direction d) {
        int n = GpuCount.presetCount() + 1;
        int index = 0;
        GpuCount g = s.gpuCount();
        for (int i = 0; i < GpuCount.presetCount() && !g.isAuto(); i++) {
            if (GpuCount.preset(i) <= g.fixedCount()) {
                index = i + 1;
            }
        }
        int next = (((index + d.sign) % n) + n) % n;
        return s.toBuilder().layout(0, 0, 0)
                .gpuCount(next == 0 ? GpuCount.AUTO : GpuCount.fixed(GpuCount.preset(next - 1))).build();
    }

    /**
     * The achieved share of peak memory bandwidth, a tenth at a time within 0.5-0.9 (serving engines
     * reach about 0.7, issue 14), stopping at the ends; the default is stored as "default".
     */
    public static SimSettings bwEfficiency(SimSettings s, Direction d) {
        double now = EngineSpecProvider.timing(s).bwEfficiency();
        double next = step(now, d, BW_EFFICIENCIES);
        return s.toBuilder().efficiencies(next == TimingSettings.DEFAULT_BW_EFFICIENCY ? 0 : next,
                s.flopsEfficiency()).build();
    }

    /** The achieved share of peak tensor throughput, a tenth at a time within 0.3-0.7 (about 0.5 typical). */
    public static SimSettings flopsEfficiency(SimSettings s, Direction d) {
        double now = EngineSpecProvider.timing(s).flopsEfficiency();
        double next = step(now, d, FLOPS_EFFICIENCIES);
        return s.toBuilder().efficiencies(s.bwEfficiency(),
                next == TimingSettings.DEFAULT_FLOPS_EFFICIENCY ? 0 : next).build();
    }

    /** The next value of {@code steps} above (or below) {@code now}, or the end it passed. */
    private static double step(double now, Direction d, double[] steps) {
        if (d == Direction.UP) {
            for (double v : steps) {
                if (v > now + 1e-9) {
                    return v;
                }
            }
            return steps[steps.length - 1];
        }
        for (int i = steps.length - 1; i >= 0; i--) {
            if (steps[i] < now - 1e-9) {
                return steps[i];
            }
        }
        return steps[0];
    }

    /** The formats weights can take: MXFP4 included, INT2 (a KV-cache format) skipped. */
    public static SimSettings weightPrecision(SimSettings s, Direction d) {
        return s.toBuilder().weightPrecision(cycle(s.weightPrecision(), d, WEIGHT_FORMATS)).build();
    }

    /** The formats the KV cache can take: MXFP4 is skipped. */
    public static SimSettings kvPrecision(SimSettings s, Direction d) {
        return s.toBuilder().kvPrecision(cycle(s.kvPrecision(), d, KV_FORMATS)).build();
    }

    private static Precision[] weightFormats() {
        List<Precision> weights = new ArrayList<Precision>();
        for (Precision p : Precision.values()) {
            if (p.allowedForWeights()) {
                weights.add(p);
            }
        }
        return weights.toArray(new Precision[0]);
    }

    private static Precision[] kvFormats() {
        List<Precision> kv = new ArrayList<Precision>();
        for (Precision p : Precision.values()) {
            if (p.allowedForKvCache()) {
                kv.add(p);
            }
        }
        return kv.toArray(new Precision[0]);
    }

    /** The choice after (or before) {@code p}, wrapping around. */
    private static Precision cycle(Precision p, Direction d, Precision[] choices) {
        int index = 0;
        for (int i = 0; i < choices.length; i++) {
            if (choices[i] == p) {
                index = i;
            }
        }
        return choices[(((index + d.sign) % choices.length) + choices.length) % choices.length];
    }
}
