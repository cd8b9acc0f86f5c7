package dev.kvcache.scenario;

import dev.kvcache.memory.Quantities;
import dev.kvcache.sim.SimSettings;
import java.util.ArrayList;
import java.util.List;

/**
 * The one-line notices a link, the options or a console line earn: each names the field, quotes
 * what was given (cut to 40 characters) and says what was kept or used instead. What was kept is
 * read back from the link of the settings being built, so it is written as a link writes it.
 */
final class ParamNotices {
    private final List<String> lines = new ArrayList<String>();
    private final SimSettings.Builder settings;
    private final long currentTokens;

    ParamNotices(SimSettings.Builder settings, long currentTokens) {
        this.settings = settings;
        this.currentTokens = currentTokens;
    }

    List<String> lines() {
        return lines;
    }

    void unknownSetting(String name) {
        lines.add("unknown setting " + ShortText.quoted(name) + " ignored");
    }

    /** A value that is not a number, switch or name of the kind {@code name} takes. */
    void notUnderstood(String name, String value) {
        lines.add(name + " " + ShortText.quoted(value) + " is not understood; " + kept(name));
    }

    /** A value the builder refused ({@code reason} says why). */
    void refused(String name, String value, String reason) {
        lines.add(name + " " + ShortText.quoted(value) + " refused (" + reason + "); " + kept(name));
    }

    void clamped(String name, String value, String used) {
        lines.add(name + " " + ShortText.of(value) + " clamped to " + used);
    }

    void nearMatch(String what, String value, String id) {
        lines.add("unknown " + what + " " + ShortText.quoted(value) + ": using " + id + " (closest match)");
    }

    void unknownEntry(String what, String name, String value) {
        lines.add("unknown " + what + " " + ShortText.quoted(value) + ": " + kept(name));
    }

    /** Tokens past the context would silently raise the context: refused instead. */
    void beyondContext(String value, long context) {
        lines.add("tokens " + ShortText.of(value) + " is beyond the context " + Quantities.grouped(context) + "; "
                + kept("tokens"));
    }

    /** "kept 8", "kept llama-3.1-8b": the field's value now, written as the link writes it. */
    private String kept(String name) {
        if ("tokens".equals(name)) {
            return "kept " + currentTokens;
        }
        if ("paused".equals(name)) {
            return "kept playing or paused as it was";
        }
        String now = QueryString.parse(ScenarioParams.format(settings.build(), 0, false)).get(name);
        return now == null ? "kept the " + name + " as it was" : "kept " + now;
    }
}
