package dev.kvcache.data;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Checked reads of one catalog entry's fields; every error names the entry and the field. */
final class EntryFields {
    private final Map<String, Object> entry;
    private String where;

    EntryFields(Map<String, Object> entry, String where) {
        this.entry = entry;
        this.where = where;
    }

    /** Names the entry by its id in later messages, once the id is known. */
    void namedAs(String label) {
        this.where = label;
    }

    String where() {
        return where;
    }

    IllegalArgumentException error(String field, String problem) {
        return new IllegalArgumentException(where + ": " + field + " " + problem);
    }

    /** The field's value as parsed (null when absent), for fields that take a number or a word. */
    Object raw(String field) {
        return entry.get(field);
    }

    String requireString(String field) {
        Object v = entry.get(field);
        if (!(v instanceof String) || ((String) v).trim().isEmpty()) {
            throw error(field, v == null ? "is missing" : "must be a non-empty string");
        }
        return (String) v;
    }

    String stringOr(String field, String fallback) {
        Object v = entry.get(field);
        if (v == null) {
            return fallback;
        }
        if (!(v instanceof String)) {
            throw error(field, "must be a string");
        }
        return (String) v;
    }

    /** A number in [min, max]. */
    double requireNumber(String field, double min, double max) {
        Object v = entry.get(field);
        if (v == null) {
            throw error(field, "is missing");
        }
        if (!(v instanceof Number)) {
            throw error(field, "must be a number, got \"" + v + "\"");
        }
        double d = ((Number) v).doubleValue();
        if (d < min || d > max || d != d) {
            throw error(field, "must be between " + trim(min) + " and " + trim(max) + ", got " + trim(d));
        }
        return d;
    }

    int requireInt(String field, int min, int max) {
        double d = requireNumber(field, min, max);
        if (d != Math.floor(d)) {
            throw error(field, "must be a whole number, got " + d);
        }
        return (int) d;
    }

    List<String> stringList(String field) {
        Object v = entry.get(field);
        List<String> out = new ArrayList<String>();
        if (v == null) {
            return out;
        }
        if (!(v instanceof List)) {
            throw error(field, "must be a list of strings");
        }
        for (Object o : (List<?>) v) {
            if (!(o instanceof String)) {
                throw error(field, "must be a list of strings");
            }
            out.add((String) o);
        }
        return out;
    }

    @SuppressWarnings("unchecked")
    Map<String, Object> requireObject(String field) {
        Object v = entry.get(field);
        if (!(v instanceof Map)) {
            throw error(field, v == null ? "is missing" : "must be an object");
        }
        return (Map<String, Object>) v;
    }

    private static String trim(double d) {
        if (d == Math.floor(d) && Math.abs(d) < 1e15) {
            return Long.toString((long) d);
        }
        return Double.toString(d);
    }
}
