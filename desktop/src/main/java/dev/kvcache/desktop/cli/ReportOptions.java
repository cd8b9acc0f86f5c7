package dev.kvcache.desktop.cli;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The {@code report} command's options as given: {@code --name value} pairs, names checked against
 * the known set, values parsed on demand with one-line errors ({@code --context 128K}).
 */
final class ReportOptions {
    static final String[] KNOWN = {"--model", "--model-config", "--gpu", "--precision", "--kv-precision",
        "--batch", "--context", "--tp", "--pp", "--gpu-memory-utilization", "--cb", "--pa", "--fa", "--weights"};

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
        try {
            return Double.parseDouble(v.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(name + " must be a number, got '" + v + "'");
        }
    }

    /** A token count: plain digits, or with K / M / G suffix in powers of 1024 (128K = 131072). */
    long tokens(String name, long fallback) {
        String v = values.get(name);
        if (v == null) {
            return fallback;
        }
        String t = v.trim().toUpperCase();
        long scale = 1;
        if (t.endsWith("K")) {
            scale = 1L << 10;
        } else if (t.endsWith("M")) {
            scale = 1L << 20;
        } else if (t.endsWith("G") || t.endsWith("B")) {
            scale = 1L << 30;
        }
        String digits = scale == 1 ? t : t.substring(0, t.length() - 1);
        try {
            double n = Double.parseDouble(digits);
            if (n != Math.floor(n * scale) / scale || digits.isEmpty() || !Character.isDigit(digits.charAt(0))) {
                throw new NumberFormatException();
            }
            return (long) (n * scale);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(name + " must be a token count like 4096, 4K, 128K or 1M, got '"
                    + v + "'");
        }
    }
}
