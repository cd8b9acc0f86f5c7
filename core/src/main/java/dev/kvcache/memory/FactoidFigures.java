package dev.kvcache.memory;

import dev.kvcache.catalog.Catalog;
import dev.kvcache.catalog.DeviceSpec;
import dev.kvcache.catalog.FigureSpec;
import dev.kvcache.catalog.LayerKind;
import dev.kvcache.catalog.ModelSpec;
import dev.kvcache.catalog.Precision;
import dev.kvcache.sim.FlashMode;
import dev.kvcache.units.Quantities;
import dev.kvcache.units.Saturating;

/**
 * Evaluates a factoid's {@link FigureSpec} with the memory engine against a {@link Catalog} and
 * writes it in its {@link FigureFormat}, so that every number a factoid shows is computed, never
 * typed in. Problems (unknown model, GPU, quantity or format, bad setting, a claim guard that no
 * longer holds) are thrown as IllegalArgumentException naming the cause.
 */
public final class FactoidFigures {
    /** Doubles hold whole numbers exactly up to 2^53; a byte count beyond that has overflowed. */
    private static final double EXACT_LIMIT = 9.007199254740992e15;

    private final Catalog catalog;

    public FactoidFigures(Catalog catalog) {
        this.catalog = catalog;
    }

    /** The figure in its format ({@code format}, else the quantity's default), guards checked. */
    public String render(FigureSpec spec) {
        double value = value(spec);
        if (spec.has("atLeast") && !(value >= spec.number("atLeast", 0))) {
            throw new IllegalArgumentException(spec.quantity() + " is " + value + ", below atLeast "
                    + spec.number("atLeast", 0) + ": the sentence no longer holds");
        }
        if (spec.has("atMost") && !(value <= spec.number("atMost", 0))) {
            throw new IllegalArgumentException(spec.quantity() + " is " + value + ", above atMost "
                    + spec.number("atMost", 0) + ": the sentence no longer holds");
        }
        return format(spec).format(value);
    }

    /** The format a figure is written in. */
    public static FigureFormat format(FigureSpec spec) {
        FigureQuantity q = quantity(spec);
        String name = spec.text("format", null);
        if (name == null) {
            return q.defaultFormat();
        }
        FigureFormat f = FigureFormat.find(name);
        if (f == null) {
            throw new IllegalArgumentException("unknown format '" + name + "' (expected "
                    + FigureFormat.names() + ")");
        }
        return f;
    }

    /** The quantity a figure names. */
    public static FigureQuantity quantity(FigureSpec spec) {
        FigureQuantity q = FigureQuantity.find(spec.quantity());
        if (q == null) {
            throw new IllegalArgumentException("unknown quantity '" + spec.quantity() + "' (expected "
                    + FigureQuantity.names() + ")");
        }
        return q;
    }

    /** The figure's value: bytes, tokens, a count or a ratio. */
    public double value(FigureSpec spec) {
        FigureQuantity q = quantity(spec);
        double v = evaluate(q, spec);
        if (v != v || Double.isInfinite(v) || v < 0 || v >= EXACT_LIMIT) {
            throw new IllegalArgumentException(q.key() + " gives " + v + ", not a usable figure");
        }
        return v;
    }

    private double evaluate(FigureQuantity q, FigureSpec s) {
        switch (q) {
            case KV_BYTES_PER_TOKEN:
                return kvBytesPerToken(s);
            case KV_CACHE_BYTES:
                return kvCacheBytes(s);
            case WEIGHTS_BYTES: {
                WeightFootprint w = new WeightFootprint(model(s), weights(s));
                int tp = whole(s, "tp", 1, Scenario.MAX_PARALLEL);
                return tp == 1 ? w.wholeModelBytes() : w.perGpuBytes(tp, 1);
            }
            case PARAMS:
                return params(s);
            case LAYERS:
                return layers(s);
            case WINDOW:
                return window(s);
            case GPU_MEMORY_BYTES:
                return gpuMemory(s);
            case KV_POOL_TOKENS:
                return vllm(s).poolTokens();
            case MAX_CONCURRENCY:
                return vllm(s).maxConcurrency();
            case TRAINING_TOTAL_BYTES:
                return new TrainingMemory(model(s), weights(s), whole(s, "batch", 1, Scenario.MAX_BATCH),
                        context(s), FlashMode.FLASH).totalBytes();
            case ATTENTION_SCORE_BYTES: {
                ModelSpec m = model(s);
                // Tile and cap do not enter the score matrix; 128 is a typical tile edge.
                return new FlashAttentionWorkspace(context(s), m.attention().heads(),
                        whole(s, "batch", 1, Scenario.MAX_BATCH), 128,
                        WeightFootprint.activationBytes(m.nativeWeights()), 0).scoreMatrixBytes();
            }
            default:
                return ratio(s);
        }
    }

    private long kvBytesPerToken(FigureSpec s) {
        ModelSpec m = model(s);
        KvFootprint kv = KvFootprint.perGpu(m, kv(s, m), whole(s, "tp", 1, Scenario.MAX_PARALLEL), 1);
        String layout = s.text("layout", "actual");
        if (layout.equals("actual")) {
            return kv.uncappedBytesPerToken();
        }
        if (!layout.equals("mha")) {
            throw new IllegalArgumentException("layout must be \"actual\" or \"mha\", got \"" + layout + "\"");
        }
        if (m.attention().isMla()) {
            // The decompressed MLA cache has keys and values of different widths (v_head_dim),
            // which the catalog does not keep, so there is no honest number to give.
            throw new IllegalArgumentException("layout \"mha\" is undefined for the MLA model " + m.id());
        }
        long attentionLayers = kv.layerCount(LayerKind.FULL) + kv.layerCount(LayerKind.SLIDING)
                + kv.layerCount(LayerKind.CHUNKED);
        long perLayer = 2L * m.attention().heads() * m.attention().headDim();
        return attentionLayers * kv(s, m).bytesFor(perLayer);
    }

    private long kvCacheBytes(FigureSpec s) {
        ModelSpec m = model(s);
        KvFootprint kv = KvFootprint.wholeModel(m, kv(s, m));
        long context = context(s);
        String windows = s.text("windows", "applied");
        long sequence;
        if (windows.equals("applied")) {
            sequence = kv.bytesForTokens(context);
        } else if (windows.equals("ignored")) {
            sequence = Saturating.add(Saturating.multiply(kv.uncappedBytesPerToken(), context),
                    kv.fixedStateBytesPerSequence());
        } else {
            throw new IllegalArgumentException("windows must be \"applied\" or \"ignored\", got \"" + windows + "\"");
        }
        return Saturating.multiply(whole(s, "batch", 1, Scenario.MAX_BATCH), sequence);
    }

    private long params(FigureSpec s) {
        ModelSpec m = model(s);
        String which = s.text("which", "total");
        if (which.equals("total")) {
            return m.totalParams();
        }
        if (which.equals("active")) {
            return m.activeParams();
        }
        throw new IllegalArgumentException("which must be \"total\" or \"active\", got \"" + which + "\"");
    }

    private long layers(FigureSpec s) {
        ModelSpec m = model(s);
        String kind = s.text("kind", "all");
        if (kind.equals("all")) {
            return m.layers();
        }
        if (kind.equals("attention")) {
            return m.layers() - m.attention().count(LayerKind.LINEAR);
        }
        for (LayerKind k : LayerKind.values()) {
            if (k.name().equalsIgnoreCase(kind)) {
                return m.attention().count(k);
            }
        }
        throw new IllegalArgumentException("kind must be all, attention, full, sliding, chunked or linear, got \""
                + kind + "\"");
    }

    private long window(FigureSpec s) {
        ModelSpec m = model(s);
        long cap = m.attention().count(LayerKind.SLIDING) > 0 ? m.attention().window()
                : (m.attention().count(LayerKind.CHUNKED) > 0 ? m.attention().chunk() : 0);
        if (cap <= 0) {
            throw new IllegalArgumentException("model " + m.id() + " has no sliding-window or chunked layers");
        }
        return cap;
    }

    private double gpuMemory(FigureSpec s) {
        DeviceSpec d = catalog.device(required(s, "gpu"));
        String which = s.text("which", "usable");
        long one;
        if (which.equals("usable")) {
            one = d.usableBytes();
        } else if (which.equals("marketed")) {
            one = d.marketedBytes();
        } else {
            throw new IllegalArgumentException("which must be \"usable\" or \"marketed\", got \"" + which + "\"");
        }
        return Saturating.multiply(one, whole(s, "gpus", 1, Scenario.MAX_PARALLEL));
    }

    private VllmReservation vllm(FigureSpec s) {
        ModelSpec m = model(s);
        Scenario.Builder b = new Scenario.Builder(m, catalog.device(required(s, "gpu")))
                .weights(weights(s)).kv(kv(s, m)).context(context(s))
                .tensorParallel(whole(s, "tp", 1, Scenario.MAX_PARALLEL));
        if (s.has("utilization")) {
            b.gpuMemoryUtilization(s.number("utilization", 0.9));
        }
        return new ScenarioFigures(b.build()).vllm;
    }

    private double ratio(FigureSpec s) {
        FigureSpec of = s.child("of");
        FigureSpec to = s.child("to");
        if (of == null || to == null) {
            throw new IllegalArgumentException("ratio needs \"of\" and \"to\" figures");
        }
        double denominator = value(to);
        if (denominator == 0) {
            throw new IllegalArgumentException("ratio: \"to\" (" + to.quantity() + ") is zero");
        }
        return value(of) / denominator;
    }

    private ModelSpec model(FigureSpec s) {
        return catalog.model(required(s, "model"));
    }

    /** Weight precision: {@code precision}, else the model's native format. */
    private Precision weights(FigureSpec s) {
        String name = s.text("precision", null);
        return name == null ? model(s).nativeWeights() : Precision.parse(name);
    }

    /** KV precision: {@code kv}, else like the weights, as {@link Scenario} defaults it. */
    private Precision kv(FigureSpec s, ModelSpec m) {
        String name = s.text("kv", null);
        if (name != null) {
            return Precision.parseForKvCache(name);
        }
        Precision w = weights(s);
        return w.allowedForKvCache() ? w : Precision.BF16;
    }

    private static long context(FigureSpec s) {
        if (!s.has("context")) {
            throw new IllegalArgumentException(s.quantity() + " needs \"context\" (tokens)");
        }
        double v = s.number("context", 0);
        if (v != Math.floor(v) || v < 1 || v > Scenario.MAX_CONTEXT) {
            throw new IllegalArgumentException("context must be a whole number from 1 to "
                    + Quantities.grouped(Scenario.MAX_CONTEXT) + ", got " + v);
        }
        return (long) v;
    }

    private static int whole(FigureSpec s, String key, int min, int max) {
        double v = s.number(key, min);
        if (v != Math.floor(v) || v < min || v > max) {
            throw new IllegalArgumentException(key + " must be a whole number from " + min + " to " + max
                    + ", got " + v);
        }
        return (int) v;
    }

    private static String required(FigureSpec s, String key) {
        String v = s.text(key, null);
        if (v == null) {
            throw new IllegalArgumentException(s.quantity() + " needs \"" + key + "\"");
        }
        return v;
    }
}
