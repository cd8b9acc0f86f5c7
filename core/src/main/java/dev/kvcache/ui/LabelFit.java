package dev.kvcache.ui;

/**
 * Shortens a name to fit a width without cutting a word: first the name without a trailing
 * parenthesis ("B300 (HGX Blackwell Ultra)" becomes "B300"), then the name cut at its last word
 * boundary that fits (a space or a hyphen) with an ellipsis ("DeepSeek-V2-Lite" becomes
 * "DeepSeek-V2\u2026"). Never cuts inside a word.
 */
public final class LabelFit {
    static final String ELLIPSIS = "\u2026";

    /** The width of a text in the font it will be drawn in (px). */
    public interface Measure {
        float width(CharSequence text);
    }

    private LabelFit() {
    }

    /**
     * {@code text} itself when it fits {@code maxWidth}, else the best shorter form that fits, else
     * the shortest form there is (its first word and an ellipsis), which the caller may still find
     * too wide.
     */
    public static String shorten(String text, float maxWidth, Measure measure) {
        if (measure.width(text) <= maxWidth) {
            return text;
        }
        String base = text;
        int paren = text.lastIndexOf(" (");
        if (paren > 0 && text.endsWith(")")) {
            base = text.substring(0, paren).trim();
            if (measure.width(base) <= maxWidth) {
                return base;
            }
        }
        String shortest = null;
        for (int end = base.length() - 1; end > 0; end--) {
            String cut = cutBefore(base, end);
            if (cut == null) {
                continue;
            }
            shortest = cut;
            if (measure.width(cut) <= maxWidth) {
                return cut;
            }
        }
        return shortest != null ? shortest : base;
    }

    /** The text up to a word boundary at {@code end} with an ellipsis, or null when {@code end} is inside a word. */
    private static String cutBefore(String text, int end) {
        char c = text.charAt(end);
        String head;
        if (c == ' ') {
            head = text.substring(0, end);
        } else if (text.charAt(end - 1) == '-') {
            head = text.substring(0, end - 1);
        } else {
            return null;
        }
        head = head.trim();
        if (head.isEmpty() || head.endsWith("(") || head.endsWith("-")) {
            return null;
        }
        return head + ELLIPSIS;
    }
}
