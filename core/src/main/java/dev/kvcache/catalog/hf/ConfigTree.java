package dev.kvcache.catalog.hf;

import java.util.List;
import java.util.Map;

/**
 * Typed, checked reads from one object of a Hugging Face {@code config.json}, given as a plain tree
 * (Map / List / Number / String / Boolean, as Jackson or a LibGDX JsonValue converter produce).
 * A field the file leaves out, writes as {@code null} or as an empty list falls back to the
 * transformers default for its {@code model_type}, except where transformers reads null as "none"
 * or derives the value ({@link HfDefaults#nullOverridesDefault}); a needed field with no default,
 * or a value out of range, throws naming the field.
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

    /** True when the file itself gives the key a value (not null, not an empty list). */
    public boolean inFile(String key) {
        return isGiven(values.get(key));
    }

    private Object raw(String key) {
        Object v = values.get(key);
        if (isGiven(v)) {
            return v;
        }
        if (values.containsKey(key) && HfDefaults.nullOverridesDefault(key)) {
            return null;
        }
        return defaults.get(key);
    }

    /** Null and [] say nothing: transformers falls back (or derives) for both. */
    private static boolean isGiven(Object v) {
        return v != null && !(v instanceof List && ((List<?>) v).isEmpty());
    }

    public IllegalArgumentException error(String key, String problem) {
        return new IllegalArgumentException(where + ": " + key + " " + problem);
    }

    /** A positive whole number that must be present (file or default). */
    public int requireInt(String key) {
        Object v = raw(key);
        if (v == null) {
            String what = values.containsKey(key) ? "is " + describe(values.get(key))
                    : "is missing";
            throw error(key, what + " and has no default for this model_type");
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

    /** A list value, or null when absent, null or empty. */
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

    /** A nested object, or null when absent or null. */
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
            return ((List<?>) v).isEmpty() ? "an empty list" : "a list";
        }
        return String.valueOf(v);
    }
}
