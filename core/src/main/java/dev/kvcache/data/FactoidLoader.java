package dev.kvcache.data;

import dev.kvcache.catalog.Factoid;
import dev.kvcache.catalog.FigureSpec;
import dev.kvcache.memory.FigureFormat;
import dev.kvcache.memory.FigureQuantity;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Loads {@code assets/catalog/factoids.json} from its text into {@link Factoid} records,
 * collecting every problem (bad entries are skipped), like {@link CatalogLoader}.
 *
 * <p>Format: {@code {"version": 1, "factoids": [...]}}. A factoid: {@code id} (unique),
 * {@code text} with {@code {name}} placeholders (letters, digits, '_'), {@code figures} (an object
 * giving, for every placeholder and no other name, what it stands for) and optional
 * {@code source} (a cited publication). A factoid with no figures must cite a source.
 *
 * <p>A figure: {@code quantity} (one of {@link FigureQuantity}: kvBytesPerToken, kvCacheBytes,
 * weightsBytes, params, layers, window, gpuMemoryBytes, kvPoolTokens, maxConcurrency,
 * trainingTotalBytes, attentionScoreBytes, ratio) and the settings that quantity reads: names
 * ({@code model}, {@code gpu}: catalog ids or aliases), precisions ({@code precision} for weights,
 * {@code kv}), whole numbers ({@code batch}, {@code context}, {@code tp}, {@code gpus}), words
 * ({@code which}, {@code kind}, {@code layout}, {@code windows}), {@code utilization}, and for a
 * ratio two nested figures {@code of} and {@code to}. Any figure may set {@code format} (a
 * {@link FigureFormat}) and guards {@code atLeast} / {@code atMost}. Example:
 * <pre>
 * {"id": "gqa-70b", "text": "Llama-3.1-70B caches {kv} per token.",
 *  "figures": {"kv": {"quantity": "kvBytesPerToken", "model": "llama-3.1-70b", "kv": "bf16"}}}
 * </pre>
 * Names and numbers are checked against the catalog and the engine when a factoid is rendered
 * ({@link dev.kvcache.memory.FactoidText}), not here.
 */
public final class FactoidLoader {
    /** The newest format version this loader understands. */
    public static final int VERSION = 1;
    private static final String FILE = "factoids.json";

    private final List<String> problems = new ArrayList<String>();

    /** Problems found so far, one line each (file, factoid, field, what is wrong). */
    public List<String> problems() {
        return problems;
    }

    /** The valid factoids of {@code json}, in file order; check {@link #problems()} afterwards. */
    public List<Factoid> load(String json) {
        return VersionedList.read(json, FILE, "factoids", "factoid", VERSION,
                new VersionedList.EntryReader<Factoid>() {
            @Override
            public Factoid read(Map<String, Object> entry, String where) {
                return FactoidLoader.read(entry, where);
            }

            @Override
            public String id(Factoid item) {
                return item.id();
            }
        }, problems);
    }

    private static Factoid read(Map<String, Object> entry, String where) {
        EntryFields f = new EntryFields(entry, where);
        String id = f.requireString("id");
        f.namedAs(FILE + " factoid " + id);
        String text = f.requireString("text");
        List<String> placeholders;
        try {
            placeholders = Factoid.placeholders(text);
        } catch (IllegalArgumentException e) {
            throw f.error("text", e.getMessage());
        }
        Map<String, FigureSpec> figures = new LinkedHashMap<String, FigureSpec>();
        if (entry.get("figures") != null) {
            for (Map.Entry<String, Object> e : f.requireObject("figures").entrySet()) {
                figures.put(e.getKey(), figure(e.getValue(), f, "figures." + e.getKey()));
            }
        }
        for (String name : placeholders) {
            if (!figures.containsKey(name)) {
                throw f.error("text", "has placeholder {" + name + "} but figures does not define it");
            }
        }
        for (String name : figures.keySet()) {
            if (!placeholders.contains(name)) {
                throw f.error("figures." + name, "is defined but text has no {" + name + "}");
            }
        }
        String source = f.stringOr("source", "");
        if (figures.isEmpty() && source.trim().isEmpty()) {
            throw f.error("source", "is required when a factoid has no computed figures");
        }
        return new Factoid(id, text, figures, source);
    }

    @SuppressWarnings("unchecked")
    private static FigureSpec figure(Object value, EntryFields f, String path) {
        if (!(value instanceof Map)) {
            throw f.error(path, "must be an object with a \"quantity\"");
        }
        Map<String, Object> map = (Map<String, Object>) value;
        Object name = map.get("quantity");
        if (!(name instanceof String)) {
            throw f.error(path + ".quantity", name == null ? "is missing" : "must be a string");
        }
        FigureQuantity q = FigureQuantity.find((String) name);
        if (q == null) {
            throw f.error(path + ".quantity", "'" + name + "' is not one of " + FigureQuantity.names());
        }
        Map<String, Object> settings = new LinkedHashMap<String, Object>();
        for (Map.Entry<String, Object> e : map.entrySet()) {
            String key = e.getKey();
            Object v = e.getValue();
            if (key.equals("quantity")) {
                continue;
            }
            if (!q.takes(key)) {
                throw f.error(path + "." + key, "is not a setting of " + q.key());
            }
            if (key.equals("of") || key.equals("to")) {
                settings.put(key, figure(v, f, path + "." + key));
            } else if (v instanceof String || v instanceof Number) {
                settings.put(key, v);
            } else {
                throw f.error(path + "." + key, "must be a string or a number");
            }
        }
        Object format = settings.get("format");
        if (format != null && FigureFormat.find(String.valueOf(format)) == null) {
            throw f.error(path + ".format", "'" + format + "' is not one of " + FigureFormat.names());
        }
        if (q == FigureQuantity.RATIO && (!settings.containsKey("of") || !settings.containsKey("to"))) {
            throw f.error(path, "a ratio needs \"of\" and \"to\"");
        }
        return new FigureSpec((String) name, settings);
    }

}
