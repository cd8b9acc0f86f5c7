package dev.kvcache.catalog;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One short true statement for the rotating ticker: an id, a template whose {@code {name}}
 * placeholders are filled with numbers the engine computes (see {@link FigureSpec}), and an
 * optional source ("vLLM paper, SOSP'23"). Immutable; rendered by
 * {@link dev.kvcache.memory.FactoidText}.
 */
public final class Factoid {
    private final String id;
    private final String template;
    private final Map<String, FigureSpec> figures;
    private final String source;

    public Factoid(String id, String template, Map<String, FigureSpec> figures, String source) {
        this.id = id;
        this.template = template;
        this.figures = Collections.unmodifiableMap(new LinkedHashMap<String, FigureSpec>(figures));
        this.source = source == null ? "" : source;
    }

    public String id() {
        return id;
    }

    /** The text with {@code {name}} placeholders. */
    public String template() {
        return template;
    }

    /** What each placeholder stands for, by placeholder name, in file order. */
    public Map<String, FigureSpec> figures() {
        return figures;
    }

    /** Where a published (not computed) figure comes from; empty when none is cited. */
    public String source() {
        return source;
    }

    /**
     * The placeholder names of a template, in order of appearance (repeats kept). A name is one or
     * more letters, digits or underscores between braces.
     *
     * @throws IllegalArgumentException on a stray or unclosed brace or an empty or odd name
     */
    public static List<String> placeholders(String template) {
        List<String> names = new ArrayList<String>();
        int i = 0;
        while (i < template.length()) {
            char c = template.charAt(i);
            if (c == '}') {
                throw new IllegalArgumentException("'}' without '{' at character " + i);
            }
            if (c != '{') {
                i++;
                continue;
            }
            int end = template.indexOf('}', i + 1);
            if (end < 0) {
                throw new IllegalArgumentException("'{' at character " + i + " is never closed");
            }
            String name = template.substring(i + 1, end);
            if (!isName(name)) {
                throw new IllegalArgumentException("placeholder '{" + name
                        + "}' must be letters, digits or '_'");
            }
            names.add(name);
            i = end + 1;
        }
        return names;
    }

    private static boolean isName(String name) {
        if (name.isEmpty()) {
            return false;
        }
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            boolean ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
            if (!ok) {
                return false;
            }
        }
        return true;
    }
}
