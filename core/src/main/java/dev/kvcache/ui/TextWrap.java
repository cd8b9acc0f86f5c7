package dev.kvcache.ui;

import java.util.ArrayList;
import java.util.List;

/**
 * Breaks text into at most a few lines of at most so many characters before a Scene2D label sees
 * it: libGDX's own wrapping re-lays a word longer than the line once per line it fills, so one
 * 100,000-character word hung the frame for minutes. Words wrap at spaces, a word longer than a
 * line is broken, and the work stops at the last line: O(shown characters), whatever the input.
 */
public final class TextWrap {
    /** Marks text cut at the last line. */
    static final String ELLIPSIS = "\u2026";

    private TextWrap() {
    }

    /** {@link #lines} joined with newlines, for a label. */
    public static String fit(CharSequence text, int lineChars, int maxLines) {
        StringBuilder b = new StringBuilder();
        for (String line : lines(text, lineChars, maxLines)) {
            b.append(b.length() == 0 ? "" : "\n").append(line);
        }
        return b.toString();
    }

    /**
     * The lines {@code text} wraps to, each at most {@code lineChars} characters (plus the ellipsis
     * on a cut last line), at most {@code maxLines}; newlines in the text start new lines.
     */
    public static List<String> lines(CharSequence text, int lineChars, int maxLines) {
        int width = Math.max(1, lineChars);
        List<String> lines = new ArrayList<String>();
        StringBuilder line = new StringBuilder(width + 1);
        int n = text == null ? 0 : text.length();
        int i = 0;
        while (i < n && lines.size() < maxLines) {
            char c = text.charAt(i);
            if (c == '\n') {
                lines.add(line.toString());
                line.setLength(0);
                i++;
            } else if (Character.isWhitespace(c)) {
                if (line.length() > 0 && line.length() < width) {
                    line.append(' ');
                }
                i++;
            } else {
                int end = wordEnd(text, i, width + 1);
                int room = width - line.length();
                if (end - i <= room) {
                    line.append(text, i, end);
                    i = end;
                } else if (line.length() > 0 && end - i <= width) {
                    endLine(lines, line); // the word fits on a line of its own
                } else {
                    int cut = splitPoint(text, i, Math.max(1, room));
                    line.append(text, i, cut);
                    i = cut;
                    endLine(lines, line);
                }
            }
        }
        if (line.length() > 0 && lines.size() < maxLines) {
            endLine(lines, line);
        }
        boolean cut = i < n && !restIsBlank(text, i);
        if (cut && !lines.isEmpty()) {
            String last = lines.get(lines.size() - 1);
            lines.set(lines.size() - 1, last + ELLIPSIS);
        }
        return lines;
    }

    /** Where the word at {@code from} ends, looking at most {@code limit} characters ahead. */
    private static int wordEnd(CharSequence text, int from, int limit) {
        int end = from;
        int stop = Math.min(text.length(), from + limit);
        while (end < stop && !Character.isWhitespace(text.charAt(end))) {
            end++;
        }
        return end;
    }

    /** {@code from + chars}, moved back one so a surrogate pair is not split. */
    private static int splitPoint(CharSequence text, int from, int chars) {
        int cut = from + chars;
        if (cut < text.length() && Character.isLowSurrogate(text.charAt(cut)) && cut - 1 > from) {
            cut--;
        }
        return cut;
    }

    private static void endLine(List<String> lines, StringBuilder line) {
        int end = line.length();
        while (end > 0 && line.charAt(end - 1) == ' ') {
            end--;
        }
        lines.add(line.substring(0, end));
        line.setLength(0);
    }

    /** True when only whitespace is left; stops at the first other character. */
    private static boolean restIsBlank(CharSequence text, int from) {
        for (int i = from; i < text.length(); i++) {
            if (!Character.isWhitespace(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }
}
