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

    /** The first {@link #MAX_CHARS} characters of {@code text} and an ellipsis when it is longer; "" for null. */
    public static String of(String text) {
        if (text == null) {
            return "";
        }
        if (text.length() <= MAX_CHARS) {
            return text;
        }
        int end = MAX_CHARS;
        // Never split a surrogate pair: half of an emoji is not a character.
        if (Character.isHighSurrogate(text.charAt(end - 1))) {
            end--;
        }
        return text.substring(0, end) + ELLIPSIS;
    }

    /** {@link #of} in single quotes, as messages name a value: {@code 'lama-3.1-8b'}. */
    public static String quoted(String text) {
        return "'" + of(text) + "'";
    }
}
