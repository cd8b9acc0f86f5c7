package dev.kvcache.host;

import dev.kvcache.scenario.ParamValues;
import dev.kvcache.scenario.ShortText;

/**
 * The browser's JavaScript switch setters ({@code setFlashAttention(b)}) as console lines. Their
 * argument arrives as JavaScript's {@code String(value)}, so booleans, numbers and strings follow
 * one strict rule ({@link ParamValues#flag}): JavaScript truthiness turned {@code 'no'} into on.
 */
public final class ScriptSetters {
    private ScriptSetters() {
    }

    /** The console line setting {@code consoleName} from {@code argument}, or null when it says neither on nor off. */
    public static String switchLine(String consoleName, String argument) {
        Boolean on = ParamValues.flag(argument);
        if (on == null) {
            return null;
        }
        return consoleName + " = " + (on ? "on" : "off");
    }

    /** The notice for an argument {@link #switchLine} refused, naming the setter and the state kept. */
    public static String refusal(String setter, String argument, boolean keptOn) {
        return setter + "(" + ShortText.quoted(argument) + ") refused: expected true/false, 1/0, on/off or yes/no; kept "
                + (keptOn ? "on" : "off");
    }
}
