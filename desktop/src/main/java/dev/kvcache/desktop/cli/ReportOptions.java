package dev.kvcache.desktop.cli;

import dev.kvcache.scenario.ParamValues;
import dev.kvcache.scenario.ScenarioParams;
import dev.kvcache.timing.TimingSettings;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The {@code report} command's options as given: {@code --name value} pairs, values parsed on demand
 * with one-line errors ({@code --context 128K}). The scenario's options carry the link's names
 * ({@code --kv}, {@code --gpu}, {@code --cb}) and accept every spelling a link accepts
 * ({@code --kv-precision}, {@code --device}); each is stored under its canonical name.
 */
final class ReportOptions {
    /** The link's names that a report takes (the rest, such as speed and seed, steer the animation). */
    static final String[] SCENARIO = {"--model", "--gpu", "--context", "--batch", "--cb", "--pa", "--fa",
        "--precision", "--kv", "--evict", "--prefix", "--weights", "--tp", "--pp", "--cp", "--dp", "--cluster", "--draft",
        "--draftK", "--acceptance", "--offload", "--offloadLink"};
    /**
     * The report's own: a config file instead of a catalog model, vLLM's memory fraction, and the
     * time model's request shape (prompt and output tokens) and achieved fractions of peak.
     */
    static final String[] OWN = {"--model-config", "--gpu-memory-utilization", "--prompt", "--output",
        "--bw-efficiency", "--flops-efficiency"};
    /** Default prompt and output of a request, tokens. */
    static final long DEFAULT_PROMPT = 1024;
    static final long DEFAULT_OUTPUT = 1024;

    private final Map<String, String> values = new LinkedHashMap<>();

    ReportOptions(String[] args) {
        for (int i = 0; i < args.length; i++) {
            String given = args[i];
            String value = null;
            int eq = given.indexOf('=');
            if (given.startsWith("--") && eq > 0) {
                value = given.substring(eq + 1);
                given = given.substring(0, eq);
            }
            String name = known(given);
            if (name == null) {
                throw new IllegalArgumentException("unknown option '" + given + "' (options: "
                        + String.join(" ", SCENARIO) + " " + String.join(" ", OWN) + ")");
            }
            if (value == null) {
                if (i + 1 >= args.length) {
                    throw new IllegalArgumentException("option " + given + " needs a value");
                }
                value = args[++i];
            }
            if (values.containsKey(name)) {
                throw new IllegalArgumentException("option " + name + " is given twice"
                        + (given.equals(name) ? "" : " (also as " + given + ")"));
            }
            values.put(name, value);
        }
        if (has("--model") && has("--model-config")) {
            throw new IllegalArgumentException("give either --model or --model-config, not both");
        }
    }

    /** The option's canonical spelling ({@code --kv-precision} is {@code --kv}), or null if unknown. */
    private static String known(String name) {
        for (String own : OWN) {
            if (own.equals(name)) {
                return own;
            }
        }
        String canonical = name.startsWith("--") ? ScenarioParams.canonical(name.substring(2)) : null;
        for (String option : SCENARIO) {
            if (option.equals("--" + canonical)) {
                return option;
            }
        }
        return null;
    }

    /** The scenario's options by their link names (no dashes), for the codec every way in shares. */
    Map<String, String> scenarioValues() {
        Map<String, String> link = new LinkedHashMap<>();
        for (String option : SCENARIO) {
            if (values.containsKey(option)) {
                link.put(option.substring(2), values.get(option));
            }
        }
        return link;
    }

    boolean has(String name) {
        return values.containsKey(name);
    }

    String get(String name, String fallback) {
        String v = values.get(name);
        return v == null ? fallback : v;
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

    /** A token count of at least 1 ({@code 1024}, {@code 2K}); a one-line error naming the option otherwise. */
    long tokens(String name, long fallback) {
        String v = values.get(name);
        if (v == null) {
            return fallback;
        }
        Long n = ParamValues.tokens(v);
        if (n == null || n < 1) {
            throw new IllegalArgumentException(name + " must be a token count of at least 1 like 1024, got '" + v + "'");
        }
        return n;
    }

    /** An achieved fraction of peak in (0, 1]; a one-line error naming the option otherwise. */
    double efficiency(String name, double fallback) {
        String v = values.get(name);
        if (v == null) {
            return fallback;
        }
        Double f = ParamValues.decimal(v);
        if (f == null || !(f > 0 && f <= 1)) {
            throw new IllegalArgumentException(name + " must be a fraction in (0, 1] like 0.7, got '" + v + "'");
        }
        return f;
    }

    /** The time model's settings these options give (their defaults where left out). */
    TimingSettings timing() {
        return TimingSettings.DEFAULT.withEfficiencies(
                efficiency("--bw-efficiency", TimingSettings.DEFAULT_BW_EFFICIENCY),
                efficiency("--flops-efficiency", TimingSettings.DEFAULT_FLOPS_EFFICIENCY));
    }
}
