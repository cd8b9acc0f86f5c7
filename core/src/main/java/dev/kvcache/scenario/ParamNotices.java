package dev.kvcache.scenario;

import dev.kvcache.sim.SimSettings;
import dev.kvcache.sim.Speculation;
import dev.kvcache.units.Quantities;
import java.util.ArrayList;
import java.util.List;

/**
 * The one-line notices a link, the options or a console line earn: each names the field, quotes
 * what was given (cut to 40 characters) and says what was kept or used instead. What was kept is
 * read back from the link of the settings being built, so it is written as a link writes it.
 *
 * <p>Beside each notice it keeps the refusal the command line prints instead, where nothing is
 * kept: the same words with the option's dashes ({@code --batch '12abc' is not understood}).
 */
final class ParamNotices {
    private final List<String> lines = new ArrayList<String>();
    private final List<String> refusals = new ArrayList<String>();
    private final SimSettings.Builder settings;
    private final long currentTokens;
    /** The field of the latest clamp and where its notice stands, so a refusal of the same value can replace it. */
    private String clampedLast;
    private int clampedLine = -1;

    ParamNotices(SimSettings.Builder settings, long currentTokens) {
        this.settings = settings;
        this.currentTokens = currentTokens;
    }

    List<String> lines() {
        return lines;
    }

    /** The same problems as the command line words them, where a bad value is an error. */
    List<String> refusals() {
        return refusals;
    }

    void unknownSetting(String name) {
        lines.add("unknown setting " + ShortText.quoted(name) + " ignored");
        refusals.add("unknown option " + ShortText.quoted("--" + name));
    }

    /** What a value set besides itself (a preset's device and size): said, never refused. */
    void note(String line) {
        lines.add(line);
    }

    /** A value that is not a number, switch or name of the kind {@code name} takes. */
    void notUnderstood(String name, String value) {
        lines.add(name + " " + ShortText.quoted(value) + " is not understood; " + kept(name));
        refusals.add("--" + name + " " + ShortText.quoted(value) + " is not understood");
    }

    /** A value the builder refused ({@code reason} says why, naming the field as a link does). */
    void refused(String name, String value, String reason) {
        if (name.equals(clampedLast) && clampedLine == lines.size() - 1) {
            // "tp 99999 clamped to 4096" then "tp '99999' refused": one value, one line, the refusal. The
            // command line keeps both and stops at the first, "--tp 99999 is out of range", the clearer.
            lines.remove(lines.size() - 1);
        }
        clampedLast = null;
        lines.add(name + " " + ShortText.quoted(value) + " refused (" + reason + "); " + kept(name));
        refusals.add(reason.startsWith(name + " ") ? "--" + reason
                : "--" + name + " " + ShortText.quoted(value) + ": " + reason);
    }

    void clamped(String name, String value, String used) {
        lines.add(name + " " + ShortText.of(value) + " clamped to " + used);
        refusals.add("--" + name + " " + ShortText.of(value) + " is out of range (the nearest allowed is " + used + ")");
        clampedLast = name;
        clampedLine = lines.size() - 1;
    }

    void nearMatch(String what, String value, String id) {
        lines.add("unknown " + what + " " + ShortText.quoted(value) + ": using " + id + " (closest match)");
        refusals.add("--" + field(what) + " " + ShortText.quoted(value) + ": unknown " + what + "; did you mean " + id
                + "?");
    }

    void unknownEntry(String what, String name, String value) {
        lines.add("unknown " + what + " " + ShortText.quoted(value) + ": " + kept(name));
        refusals.add("--" + name + " " + ShortText.quoted(value) + ": unknown " + what);
    }

    /** The link's name for what a directory holds. */
    private static String field(String what) {
        return "device".equals(what) ? "gpu" : what;
    }

    /** Tokens past the context would silently raise the context: refused instead. */
    void beyondContext(String value, long context) {
        refusals.add("--tokens " + ShortText.of(value) + " is beyond the context " + Quantities.grouped(context));
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
        if ("evict".equals(name)) {
            return "kept " + settings.build().eviction();
        }
        if ("prefix".equals(name)) {
            return "kept " + settings.build().prefix();
        }
        if (OffloadParams.owns(name)) {
            return OffloadParams.kept(name, settings.build());
        }
        String now = QueryString.parse(ScenarioParams.format(settings.build(), 0, false)).get(name);
        if (now == null && SpeculativeParams.DRAFT.equals(name)) {
            // Links leave out a draft that is off; what was kept is still a value the field takes.
            return "kept " + Speculation.NONE;
        }
        if (now == null && DeploymentParams.DP.equals(name)) {
            return "kept dp automatic";
        }
        if (now == null && ("bw".equals(name) || "flops".equals(name))) {
            return "kept the time model's default";
        }
        return now == null ? "kept the " + name + " as it was" : "kept " + now;
    }
}
