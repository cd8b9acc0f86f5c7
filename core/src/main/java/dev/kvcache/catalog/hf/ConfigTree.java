package dev.kvcache.catalog.hf;

import java.util.List;
import java.util.Map;

/**
 * Typed, checked reads from one object of a Hugging Face {@code config.json}, given as a plain tree
 * (Map / List / Number / String / Boolean, as Jackson or a LibGDX JsonValue converter produce).
 * A field the file leaves out falls back to the transformers default for its {@code model_type};
 * a needed field with no default, or a value out of range, throws naming the field.
 */
public final class ConfigTree {
    /** Largest dimension accepted (elements); beyond this a value is a typo, not a model. */
    static final long ABSURD_DIMENSION = 100_000_000L;

    private final Map<String, Object> values;
    private final Map<String, Object> defaults;
    private final String where;

    public ConfigTree(Map<String, Object> values, Map<String, Object> defaults, String where) {
        this.values = values;
        this.defaults = defaults;
        this.where = where;
    }

    /** True when the file or the defaults give a non-null value. */
    public boolean has(String key) {
        return raw(key) != null;
    }

    /** True when the file writes {@code "key": null} explicitly (meaning "none", not "default"). */
    public boolean isExplicitNull(String key) {
        return values.containsKey(key) && values.get(key) == null;
    }

    private Object raw(String key) {
        if (values.containsKey(key)) {
            return values.get(key);
        }
        return defaults.get(key);
    }

    public IllegalArgumentException error(String key, String problem) {
        return new IllegalArgumentException(where + ": " + key + " " + problem);
    }

    /** A positive whole number that must be present (file or default). */
    public int requireInt(String key) {
        Object v = raw(key);
        if (v == null) {
            throw error(key, "is missing and has no default for this model_type");
        }
        return checkedInt(key, v);
    }

    /** A positive whole number, or {@code fallback} when absent or null. */
    public int intOr(String key, int fallback) {
        Object v = raw(key);
        if (v == null) {
            return fallback;
        }
        return checkedInt(key, v);
    }

    /** A whole number that may be zero (e.g. first_k_dense_replace), or the fallback. */
    public int countOr(String key, int fallback) {
        Object v = raw(key);
        if (v == null) {
            return fallback;
        }
        long n = wholeNumber(key, v);
        if (n < 0 || n > ABSURD_DIMENSION) {
            throw error(key, "must be between 0 and " + ABSURD_DIMENSION + ", got " + n);
        }
        return (int) n;
    }

    private int checkedInt(String key, Object v) {
        long n = wholeNumber(key, v);
        if (n <= 0) {
            throw error(key, "must be positive, got " + n);
        }
        if (n > ABSURD_DIMENSION) {
            throw error(key, "is absurdly large (" + n + ")");
        }
        return (int) n;
    }

    private long wholeNumber(String key, Object v) {
        if (!(v instanceof Number)) {
            throw error(key, "must be a number, got " + describe(v));
        }
        double d = ((Number) v).doubleValue();
        if (d != Math.floor(d) || Double.isInfinite(d)) {
            throw error(key, "must be a whole number, got " + v);
        }
        return (long) d;
    }

    public double doubleOr(String key, double fallback) {
        Object v = raw(key);
        if (v == null) {
            return fallback;
        }
        if (!(v instanceof Number)) {
            throw error(key, "must be a number, got " + describe(v));
        }
        return ((Number) v).doubleValue();
    }

    public boolean flagOr(String key, boolean fallback) {
        Object v = raw(key);
        if (v == null) {
            return fallback;
        }
        if (!(v instanceof Boolean)) {
            throw error(key, "must be true or false, got " + describe(v));
        }
        return ((Boolean) v).booleanValue();
    }

    public String stringOr(String key, String fallback) {
        Object v = raw(key);
        if (v == null) {
            return fallback;
        }
        if (!(v instanceof String)) {
            throw error(key, "must be a string, got " + describe(v));
        }
        return (String) v;
    }

    /** A list value, or null when absent. */
    @SuppressWarnings("unchecked")
    public List<Object> listOrNull(String key) {
        Object v = raw(key);
        if (v == null) {
            return null;
        }
        if (!(v instanceof List)) {
            throw error(key, "must be a list, got " + describe(v));
        }
        return (List<Object>) v;
    }

    /** A nested object, or null when absent. */
    @SuppressWarnings("unchecked")
    public Map<String, Object> objectOrNull(String key) {
        Object v = raw(key);
        if (v == null) {
            return null;
        }
        if (!(v instanceof Map)) {
            throw error(key, "must be an object, got " + describe(v));
        }
        return (Map<String, Object>) v;
    }

    static String describe(Object v) {
        if (v instanceof String) {
            return "\"" + v + "\"";
        }
        if (v instanceof Map) {
            return "an object";
        }
        if (v instanceof List) {
            return "a list";
        }
        return String.valueOf(v);
    }
}
