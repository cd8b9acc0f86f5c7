package dev.kvcache.scenario;

import dev.kvcache.catalog.Catalog;
import dev.kvcache.catalog.DeviceSpec;
import dev.kvcache.catalog.Precision;
import dev.kvcache.catalog.ScenarioDefaults;
import dev.kvcache.sim.BatchingMode;
import dev.kvcache.sim.ContextPresets;
import dev.kvcache.sim.Eviction;
import dev.kvcache.sim.FlashMode;
import dev.kvcache.sim.GpuCount;
import dev.kvcache.sim.PagingMode;
import dev.kvcache.sim.PrefixWorkload;
import dev.kvcache.sim.SimSettings;
import dev.kvcache.sim.WeightsMode;
import dev.kvcache.units.Quantities;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The scenario as named values, shared by links ({@code ?model=llama-70b&context=1000000&batch=4&gpu=h100&cb=1&pa=1&fa=1}),
 * desktop options ({@code --model llama-70b}), saved preferences, the console and the browser's
 * JavaScript setters. Parsing never throws: an unknown model or device resolves to its one clear near
 * match or keeps the current one, values are read strictly and clamped to their range, tokens past
 * the context are refused, and every correction becomes a notice naming the field and what was kept.
 * A new device brings its default optimisations unless cb/pa/fa are given.
 * A named model brings its native weights and the KV format to match unless precision/kv are given;
 * named weights without kv bring the KV format to match them, as {@code report} does
 * ({@link ScenarioDefaults}). The keys' steps change one precision only.
 */
public final class ScenarioParams {
    /** The canonical names, in the order links are written and values applied. */
    public static final String[] NAMES = {
        "model", "gpu", "cluster", "context", "batch", "cb", "pa", "fa", "precision", "kv", "evict", "prefix", "weights",
        "gpus", "tp", "pp", "cp", "dp", "bw", "flops", "draft", "draftK", "acceptance", "offload", "offloadLink", "speed",
        "seed", "tokens", "paused"
    };
    /** The original's console names and other spellings, each followed by its canonical name. */
    private static final String[] ALIASES = {
        "device", "gpu", "contexttokens", "context", "batchsize", "batch", "continuousbatching", "cb",
        "paging", "pa", "pagedattention", "pa", "flashattention", "fa", "weightprecision", "precision",
        "kvprecision", "kv", "gpucount", "gpus", "animationspeed", "speed", "currenttokens", "tokens",
        "tensorparallel", "tp", "tensorparallelsize", "tp", "pipelineparallel", "pp", "pipelineparallelsize", "pp",
        "contextparallel", "cp", "contextparallelsize", "cp", "bwefficiency", "bw", "flopsefficiency", "flops",
        "dataparallel", "dp", "dataparallelsize", "dp", "preset", "cluster"
    };
    /** A fixed GPU count goes as far as the engine counts (auto mode reaches thousands at 100M tokens). */
    static final int MAX_GPUS = dev.kvcache.sim.Limits.MAX_GPUS;

    private final Catalog catalog;
    private final ScenarioResolver resolver;
    private final ValueRange range;

    /** The app's codec: batch and context within what the simulation runs. */
    public ScenarioParams(Catalog catalog) {
        this(catalog, ValueRange.SIMULATION);
    }

    public ScenarioParams(Catalog catalog, ValueRange range) {
        this.catalog = catalog;
        this.resolver = new ScenarioResolver(catalog);
        this.range = range;
    }

    /**
     * The canonical name for {@code name} (any case, original spellings accepted, dashes and
     * underscores ignored so that report's {@code --kv-precision} is {@code kv}), or null if unknown.
     */
    public static String canonical(String name) {
        String key = withoutSeparators(name == null ? "" : name.trim().toLowerCase());
        for (String known : NAMES) {
            if (known.equalsIgnoreCase(key)) {
                return known;
            }
        }
        for (int i = 0; i < ALIASES.length; i += 2) {
            if (ALIASES[i].equals(key)) {
                return ALIASES[i + 1];
            }
        }
        return null;
    }

    private static String withoutSeparators(String name) {
        StringBuilder b = new StringBuilder(name.length());
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (c != '-' && c != '_') {
                b.append(c);
            }
        }
        return b.toString();
    }

    /** Applies {@code params} on top of {@code base} before anything has run; never throws. */
    public ScenarioRequest parse(Map<String, String> params, SimSettings base) {
        return parse(params, base, 0);
    }

    /**
     * Applies {@code params} on top of {@code base} while sequences hold {@code currentTokens}
     * (kept when a token count is refused); never throws.
     */
    public ScenarioRequest parse(Map<String, String> params, SimSettings base, long currentTokens) {
        SimSettings.Builder b = base.toBuilder();
        ParamNotices notices = new ParamNotices(b, currentTokens);
        Map<String, String> values = new LinkedHashMap<String, String>();
        for (Map.Entry<String, String> e : params.entrySet()) {
            String name = canonical(e.getKey());
            if (name == null) {
                notices.unknownSetting(e.getKey());
            } else {
                values.put(name, e.getValue() == null ? "" : e.getValue());
            }
        }
        Long tokens = null;
        Boolean paused = null;
        for (String name : NAMES) {
            String value = values.get(name);
            if (value == null) {
                continue;
            }
            try {
                if ("tokens".equals(name)) {
                    tokens = ParamValues.tokens(value);
                    noteIfNull(tokens, name, value, notices);
                } else if ("paused".equals(name)) {
                    paused = ParamValues.onOff(value);
                    noteIfNull(paused, name, value, notices);
                } else {
                    applyOne(name, value, values, base, b, notices);
                }
            } catch (IllegalArgumentException e) {
                notices.refused(name, value, e.getMessage());
            }
        }
        SpeculativeParams.checkModel(catalog, b, notices);
        SimSettings settings = DeploymentRule.checked(FixedLayoutRule.checked(b, values, base, resolver, notices), b,
                values, base, catalog, notices);
        if (tokens != null && tokens > settings.contextTokens()) {
            // Jumping past the context would quietly raise the context: say so and keep the tokens.
            notices.beyondContext(values.get("tokens"), settings.contextTokens());
            tokens = null;
        }
        return new ScenarioRequest(settings, tokens == null ? ScenarioRequest.NO_TOKENS : tokens, paused,
                notices.lines(), notices.refusals());
    }

    private void applyOne(String name, String value, Map<String, String> all, SimSettings base, SimSettings.Builder b,
            ParamNotices notices) {
        if (SpeculativeParams.owns(name)) {
            SpeculativeParams.apply(name, value, catalog, b, notices);
        } else if (DeploymentParams.owns(name)) {
            DeploymentParams.apply(name, value, catalog, b, notices);
        } else if (OffloadParams.owns(name)) {
            OffloadParams.apply(name, value, b, notices);
        } else if ("model".equals(name)) {
            String id = CatalogNames.resolve(catalog.models(), "model", name, value, base.modelId(), notices);
            boolean chosen = catalog.models().find(value) != null || !id.equals(base.modelId());
            if (chosen) {
                // Precisions follow the model unless the request names them (they are applied later).
                ModelDefaults.applyTo(b, resolver.model(id));
            }
        } else if ("gpu".equals(name)) {
            String id = CatalogNames.resolve(catalog.devices(), "device", name, value, null, notices);
            if (id != null) {
                DeviceSpec device = resolver.device(id);
                // A device brings its own defaults unless the link says otherwise (cb/pa/fa come later).
                DeviceDefaults.applyTo(b, device);
            }
        } else if ("context".equals(name)) {
            Long t = ParamValues.tokens(value);
            if (noteIfNull(t, name, value, notices)) {
                b.contextTokens(clamp(name, value, t, range.minContext, range.maxContext, notices));
            }
        } else if ("batch".equals(name)) {
            Long n = ParamValues.tokens(value);
            if (noteIfNull(n, name, value, notices)) {
                b.batch(clamp(name, value, n, SimSettings.MIN_BATCH, range.maxBatch, notices));
            }
        } else if ("cb".equals(name)) {
            Boolean on = ParamValues.onOff(value);
            if (noteIfNull(on, name, value, notices)) {
                b.batching(on ? BatchingMode.CONTINUOUS : BatchingMode.STATIC);
            }
        } else if ("pa".equals(name)) {
            Boolean on = ParamValues.onOff(value);
            if (noteIfNull(on, name, value, notices)) {
                b.paging(on ? PagingMode.PAGED : PagingMode.CONTIGUOUS);
            }
        } else if ("fa".equals(name)) {
            Boolean on = ParamValues.onOff(value);
            if (noteIfNull(on, name, value, notices)) {
                b.flash(on ? FlashMode.FLASH : FlashMode.STANDARD);
            }
        } else if ("weights".equals(name)) {
            Boolean on = ParamValues.onOff(value);
            if (noteIfNull(on, name, value, notices)) {
                b.weights(on ? WeightsMode.INCLUDED : WeightsMode.EXCLUDED);
            }
        } else if ("evict".equals(name)) {
            // Throws with a one-line reason (window:abc, budget:0): the caller notes it and keeps the previous.
            b.eviction(Eviction.parse(value, ParamValues::tokens));
        } else if ("prefix".equals(name)) {
            // Throws for anything but none/chat/rag/agent: the caller notes it and keeps the previous.
            b.prefix(PrefixWorkload.parse(value));
        } else if ("precision".equals(name) || "kv".equals(name)) {
            Precision p = Precision.find(value);
            if (noteIfNull(p, name, value, notices)) {
                if ("kv".equals(name)) {
                    // Throws for a weight-only format (MXFP4): the caller notes it and keeps the previous.
                    b.kvPrecision(p);
                } else {
                    // Throws for a KV-only format (INT2): the caller notes it and keeps the previous.
                    b.weightPrecision(p);
                    if (!all.containsKey("kv")) {
                        b.kvPrecision(ScenarioDefaults.kv(p));
                    }
                }
            }
        } else {
            applyNumber(name, value, b, notices);
        }
    }

    private static void applyNumber(String name, String value, SimSettings.Builder b, ParamNotices notices) {
        if ("tp".equals(name) || "pp".equals(name) || "cp".equals(name)) {
            applyLayout(name, value, b, notices);
        } else if ("gpus".equals(name)) {
            // A GPU count of its own lets the engine lay the model out again (tp/pp/cp come later).
            b.layout(0, 0, 0);
            if ("auto".equalsIgnoreCase(value.trim()) || "0".equals(value.trim())) {
                b.gpuCount(GpuCount.AUTO);
                return;
            }
            Long n = ParamValues.tokens(value);
            if (noteIfNull(n, name, value, notices)) {
                b.gpuCount(GpuCount.fixed((int) clamp(name, value, n, 1, MAX_GPUS, notices)));
            }
        } else if ("bw".equals(name) || "flops".equals(name)) {
            applyEfficiency(name, value, b, notices);
        } else if ("speed".equals(name)) {
            Double x = ParamValues.number(value);
            if (noteIfNull(x, name, value, notices)) {
                double clamped = Math.max(SimSettings.MIN_SPEED, Math.min(SimSettings.MAX_SPEED, x));
                if (clamped != x) {
                    notices.clamped(name, value, Quantities.speed(clamped));
                }
                b.speed(clamped);
            }
        } else if ("seed".equals(name)) {
            Long n = ParamValues.tokens(value);
            if (noteIfNull(n, name, value, notices)) {
                b.seed(n);
            }
        }
    }


    /**
     * An achieved fraction of peak (bw: memory bandwidth, flops: tensor throughput): a decimal
     * clamped to 0.01-1, or 0 / auto for the time model's default.
     */
    private static void applyEfficiency(String name, String value, SimSettings.Builder b, ParamNotices notices) {
        Double x = "auto".equalsIgnoreCase(value.trim()) ? Double.valueOf(0) : ParamValues.decimal(value);
        if (!noteIfNull(x, name, value, notices)) {
            return;
        }
        double fraction = x == 0 ? 0 : Math.max(SimSettings.MIN_EFFICIENCY, Math.min(1.0, x));
        if (fraction != x) {
            notices.clamped(name, value, Quantities.linkDecimal(fraction));
        }
        SimSettings now = b.build();
        b.efficiencies("bw".equals(name) ? fraction : now.bwEfficiency(),
                "flops".equals(name) ? fraction : now.flopsEfficiency());
    }

    /** One size of a fixed layout: a count up to the largest parallel size, or 0 / auto for the engine's choice. */
    private static void applyLayout(String name, String value, SimSettings.Builder b, ParamNotices notices) {
        Long n = "auto".equalsIgnoreCase(value.trim()) ? Long.valueOf(0) : ParamValues.tokens(value);
        if (!noteIfNull(n, name, value, notices)) {
            return;
        }
        long size = clamp(name, value, n, 0, dev.kvcache.sim.Limits.MAX_PARALLEL, notices);
        SimSettings now = b.build();
        long tp = "tp".equals(name) ? size : now.tp();
        long pp = "pp".equals(name) ? size : now.pp();
        long cp = "cp".equals(name) ? size : now.cp();
        b.layout(tp, pp, cp);
    }

    private static long clamp(String name, String typed, long value, long min, long max, ParamNotices notices) {
        long clamped = Math.max(min, Math.min(max, value));
        if (clamped != value) {
            notices.clamped(name, typed, Long.toString(clamped));
        }
        return clamped;
    }

    /** True when {@code parsed} holds a value; otherwise notes that {@code value} was not understood. */
    private static boolean noteIfNull(Object parsed, String name, String value, ParamNotices notices) {
        if (parsed == null) {
            notices.notUnderstood(name, value);
            return false;
        }
        return true;
    }

    /** The link for {@code settings} plus the current tokens (omitted when 0) and play state. */
    public static String format(SimSettings s, long tokens, boolean paused) {
        Map<String, String> p = new LinkedHashMap<String, String>();
        p.put("model", s.modelId());
        p.put("gpu", s.deviceId());
        p.put("context", Quantities.tokenValue(s.contextTokens()));
        p.put("batch", Integer.toString(s.batch()));
        p.put("cb", s.batching() == BatchingMode.CONTINUOUS ? "1" : "0");
        p.put("pa", s.paging() == PagingMode.PAGED ? "1" : "0");
        p.put("fa", s.flash() == FlashMode.FLASH ? "1" : "0");
        p.put("precision", s.weightPrecision().name().toLowerCase());
        p.put("kv", s.kvPrecision().name().toLowerCase());
        if (s.eviction() != Eviction.NONE) {
            // Absent when off, so every link written before eviction existed reads the same.
            p.put("evict", s.eviction().toString());
        }
        if (s.prefix() != PrefixWorkload.NONE) {
            // Absent when off, as evict: links written before prefix caching read the same.
            p.put("prefix", s.prefix().linkName());
        }
        p.put("weights", s.weights() == WeightsMode.INCLUDED ? "1" : "0");
        p.put("gpus", s.gpuCount().toString());
        if (s.hasFixedLayout()) {
            p.put("tp", Integer.toString(Math.max(1, s.tp())));
            p.put("pp", Integer.toString(Math.max(1, s.pp())));
            p.put("cp", Integer.toString(Math.max(1, s.cp())));
        }
        DeploymentParams.format(s.deployment(), p);
        // The time model's fractions only where set: a link without them takes its defaults.
        if (s.bwEfficiency() > 0) {
            p.put("bw", Quantities.linkDecimal(s.bwEfficiency()));
        }
        if (s.flopsEfficiency() > 0) {
            p.put("flops", Quantities.linkDecimal(s.flopsEfficiency()));
        }
        SpeculativeParams.format(s.speculation(), p);
        OffloadParams.format(s.offload(), p);
        p.put("speed", Quantities.speedValue(s.speed()));
        p.put("seed", Long.toString(s.seed()));
        if (tokens > 0) {
            p.put("tokens", Long.toString(tokens));
        }
        if (paused) {
            p.put("paused", "1");
        }
        return QueryString.format(p);
    }
}
