package dev.kvcache.host;

import dev.kvcache.scenario.ScenarioParams;
import dev.kvcache.scenario.ScenarioRequest;
import dev.kvcache.scenario.ShortText;
import dev.kvcache.sim.ContextPresets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The console's commands, also behind {@code window.kvcache}: {@code name = value} for every link
 * name ({@code tokens = 1000000}, {@code fa = 1}, {@code kv = fp8}, {@code model = gpt-oss-120b}),
 * the original's names as aliases ({@code currentTokens}, {@code flashAttention}, {@code batchSize},
 * {@code animationSpeed}, {@code device}), and the words {@code play}, {@code pause}, {@code step},
 * {@code reset}, {@code link}, {@code help}. A model brings its native precisions unless the line names them. Goes through
 * {@link ScenarioParams}, so it never throws and says what it corrected.
 */
public final class AppConsole {
    private final SimulationHost host;
    private final ScenarioParams params;

    public AppConsole(SimulationHost host) {
        this.host = host;
        this.params = new ScenarioParams(host.catalog());
    }

    /** Runs one line; returns "ok" or what was corrected or not understood. */
    public String execute(String line) {
        String text = line == null ? "" : line.trim();
        if (text.endsWith(";")) {
            text = text.substring(0, text.length() - 1).trim();
        }
        int equals = text.indexOf('=');
        if (equals < 0) {
            return word(text);
        }
        Map<String, String> one = new LinkedHashMap<String, String>();
        one.put(text.substring(0, equals).trim(), unquote(text.substring(equals + 1).trim()));
        return apply(params.parse(one, host.simulation().settings(), host.simulation().longestTokens()));
    }

    /** Applies a parsed request now (the caller is at a tick boundary); returns its notices or "ok". */
    public String apply(ScenarioRequest request) {
        host.apply(request.settings());
        if (request.asksForTokens()) {
            host.jumpToTokens(Math.min(request.tokens(), ContextPresets.max()));
        }
        if (Boolean.TRUE.equals(request.paused())) {
            host.pause();
        } else if (Boolean.FALSE.equals(request.paused())) {
            host.play();
        }
        if (request.notices().isEmpty()) {
            return "ok";
        }
        StringBuilder b = new StringBuilder();
        for (String notice : request.notices()) {
            b.append(b.length() == 0 ? "" : "; ").append(notice);
        }
        return b.toString();
    }

    private String word(String word) {
        String w = word.toLowerCase();
        if ("play".equals(w)) {
            host.play();
        } else if ("pause".equals(w)) {
            host.pause();
        } else if ("step".equals(w)) {
            host.singleStep();
        } else if ("reset".equals(w)) {
            host.reset();
        } else if ("link".equals(w)) {
            return "?" + ScenarioParams.format(host.simulation().settings(),
                    host.simulation().longestTokens(), !host.isPlaying());
        } else if (w.isEmpty() || "help".equals(w)) {
            return help();
        } else {
            return "unknown command " + ShortText.quoted(word) + " (try help)";
        }
        return "ok";
    }

    /** The link's names, which are the console's: one list, so the help cannot drift from the parser. */
    private static String help() {
        StringBuilder b = new StringBuilder("name = value (");
        for (int i = 0; i < ScenarioParams.NAMES.length; i++) {
            b.append(i == 0 ? "" : ", ").append(ScenarioParams.NAMES[i]);
        }
        return b.append("; the original's names too); play, pause, step, reset, link, help").toString();
    }

    private static String unquote(String value) {
        if (value.length() >= 2 && (value.startsWith("\"") && value.endsWith("\"")
                || value.startsWith("'") && value.endsWith("'"))) {
            return value.substring(1, value.length() - 1);
        }
        return value;
    }
}
