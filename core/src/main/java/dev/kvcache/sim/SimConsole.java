package dev.kvcache.sim;

/**
 * The original's console commands, applied to a simulation between ticks: {@code name = value}
 * assignments ({@code currentTokens = 1000000}, {@code batch = 16}, {@code context = 131072},
 * {@code speed = 10}, {@code seed = 7}, {@code gpus = auto} or a count) and the words
 * {@code play}, {@code pause}, {@code step}, {@code reset}. Numbers may use {@code _} or {@code ,}.
 */
public final class SimConsole {
    private final Simulation sim;

    public SimConsole(Simulation sim) {
        this.sim = sim;
    }

    /** Runs one line; returns "ok" or a one-line explanation of why nothing was done. */
    public String execute(String line) {
        String text = line.trim();
        int equals = text.indexOf('=');
        if (equals < 0) {
            return word(text);
        }
        String name = text.substring(0, equals).trim();
        String value = text.substring(equals + 1).trim();
        if (value.endsWith(";")) {
            value = value.substring(0, value.length() - 1).trim();
        }
        try {
            return assign(name, value);
        } catch (IllegalArgumentException e) {
            // NumberFormatException included: a bad number or a value out of range.
            return name + ": " + e.getMessage();
        }
    }

    private String word(String word) {
        if ("play".equals(word)) {
            sim.play();
        } else if ("pause".equals(word)) {
            sim.pause();
        } else if ("step".equals(word)) {
            sim.step();
        } else if ("reset".equals(word)) {
            sim.reset();
        } else {
            return "unknown command: " + word;
        }
        return "ok";
    }

    private String assign(String name, String value) {
        SimSettings.Builder b = sim.settings().toBuilder();
        if ("currentTokens".equals(name)) {
            sim.jumpToTokens(number(value));
            return "ok";
        }
        if ("batch".equals(name)) {
            b.batch((int) Math.min(Integer.MAX_VALUE, number(value)));
        } else if ("context".equals(name) || "contextTokens".equals(name)) {
            b.contextTokens(number(value));
        } else if ("speed".equals(name)) {
            b.speed(Double.parseDouble(value));
        } else if ("seed".equals(name)) {
            b.seed(number(value));
        } else if ("gpus".equals(name)) {
            b.gpuCount("auto".equalsIgnoreCase(value) ? GpuCount.AUTO : GpuCount.fixed((int) Math.min(1 << 30, number(value))));
        } else {
            return "unknown setting: " + name;
        }
        sim.apply(b.build());
        return "ok";
    }

    private static long number(String value) {
        StringBuilder digits = new StringBuilder(value.length());
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c != '_' && c != ',') {
                digits.append(c);
            }
        }
        return Long.parseLong(digits.toString());
    }
}
