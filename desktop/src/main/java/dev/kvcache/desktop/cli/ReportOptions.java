package dev.kvcache.desktop.cli;

import dev.kvcache.scenario.ParamValues;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The {@code report} command's options as given: {@code --name value} pairs, names checked against
 * the known set, values parsed on demand with one-line errors ({@code --context 128K}).
 */
final class ReportOptions {
    static final String[] KNOWN = {"--model", "--model-config", "--gpu", "--precision", "--kv-precision",
        "--batch", "--context", "--tp", "--pp", "--cp", "--gpu-memory-utilization", "--cb", "--pa", "--fa", "--weights"};

    private final Map<String, String> values = new LinkedHashMap<>();

    ReportOptions(String[] args) {
        for (int i = 0; i < args.length; i++) {
            String name = args[i];
            String value = null;
            int eq = name.indexOf('=');
            if (name.startsWith("--") && eq > 0) {
                value = name.substring(eq + 1);
                name = name.substring(0, eq);
            }
            if (!isKnown(name)) {
                throw new IllegalArgumentException("unknown option '" + name + "' (options: "
                        + String.join(" ", KNOWN) + ")");
            }
            if (value == null) {
                if (i + 1 >= args.length) {
                    throw new IllegalArgumentException("option " + name + " needs a value");
                }
                value = args[++i];
            }
            if (values.containsKey(name)) {
                throw new IllegalArgumentException("option " + name + " is given twice");
            }
            values.put(name, value);
        }
        if (has("--model") && has("--model-config")) {
            throw new IllegalArgumentException("give either --model or --model-config, not both");
        }
    }

    private static boolean isKnown(String name) {
        for (String k : KNOWN) {
            if (k.equals(name)) {
                return true;
            }
        }
        return false;
    }

    boolean has(String name) {
        return values.containsKey(name);
    }

    String get(String name, String fallback) {
        String v = values.get(name);
        return v == null ? fallback : v;
    }

    /** A whole number, or the fallback when absent. */
    long integer(String name, long fallback) {
        String v = values.get(name);
        if (v == null) {
            return fallback;
        }
        try {
            return Long.parseLong(v.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(name + " must be a whole number, got '" + v + "'");
        }
    }

    double fraction(String name, double fallback) {
        String v = values.get(name);
        if (v == null) {
            return fallback;
        }
        // Decimal only: Double.parseDouble also takes 0x1p-3, 1e-1, NaN and 0.9f.
        Double fraction = ParamValues.decimal(v);
        if (fraction == null) {
            throw new IllegalArgumentException(name + " must be a decimal number like 0.9, got '" + v + "'");
        }
        return fraction;
    }

    /**
     * A token count, read as the app's links and window options read it ({@link ParamValues#tokens}):
     * 4K..128K in powers of two (128K = 131,072), 200K = 200,000, 1M = 1,000,000, so a context
     * means the same here as in the app.
     */
    long tokens(String name, long fallback) {
        String v = values.get(name);
        if (v == null) {
            return fallback;
        }
        Long tokens = ParamValues.tokens(v);
        // ParamValues saturates what overflows a long; say what was typed, not the saturated value.
        if (tokens == null || tokens == Long.MAX_VALUE || tokens == Long.MIN_VALUE) {
            throw new IllegalArgumentException(name + " must be a token count like 4096, 4K, 128K or 1M, got '"
                    + v + "'");
        }
        return tokens;
    }
}
