package dev.kvcache.scenario;

/**
 * Cuts what a user typed to a length a one-line message can show: a 100,000-character model name
 * in a link must not become a 100,000-character notice.
 */
public final class ShortText {
    /** Characters of a value a message quotes before cutting it. */
    public static final int MAX_CHARS = 40;
    /** Marks a cut value. */
    public static final String ELLIPSIS = "\u2026";

    private ShortText() {
    }

    /**
     * The first {@link #MAX_CHARS} characters of {@code text} and an ellipsis when it is longer,
     * control characters (newlines, tabs) as spaces; "" for null.
     */
    public static String of(String text) {
        if (text == null) {
            return "";
        }
        int end = Math.min(text.length(), MAX_CHARS);
        // Never split a surrogate pair: half of an emoji is not a character.
        if (end < text.length() && Character.isHighSurrogate(text.charAt(end - 1))) {
            end--;
        }
        StringBuilder b = new StringBuilder(end + 1);
        for (int i = 0; i < end; i++) {
            char c = text.charAt(i);
            // A %0A in a link must not break a one-line message.
            b.append(c < 0x20 || (c >= 0x7F && c < 0xA0) ? ' ' : c);
        }
        return end < text.length() ? b.append(ELLIPSIS).toString() : b.toString();
    }

    /** {@link #of} in single quotes, as messages name a value: {@code 'lama-3.1-8b'}. */
    public static String quoted(String text) {
        return "'" + of(text) + "'";
    }
}
