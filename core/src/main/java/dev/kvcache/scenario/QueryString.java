package dev.kvcache.scenario;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * URL query strings ({@code model=llama-70b&batch=4}) to an ordered name-value map and back, with
 * percent-encoding. Decoding is our own, strict and total (the browser's and the JDK's throw on
 * bad UTF-8, which left a black page): an escape that is not valid UTF-8 is reported and skipped,
 * a '%' without two hex digits after it is kept as typed (as browsers do), an empty name is skipped.
 */
public final class QueryString {
    private static final String HEX = "0123456789ABCDEF";
    private static final char REPLACEMENT = '\uFFFD';

    private QueryString() {
    }

    /** Parses {@code query}, dropping what cannot be decoded without saying so. */
    public static Map<String, String> parse(String query) {
        return parse(query, null);
    }

    /**
     * Parses {@code query}, with or without its leading '?'; the last value of a repeated name wins.
     * Adds one line per field with escapes that are not UTF-8 to {@code problems} (when not null).
     */
    public static Map<String, String> parse(String query, List<String> problems) {
        Map<String, String> params = new LinkedHashMap<String, String>();
        if (query == null) {
            return params;
        }
        String text = query.startsWith("?") ? query.substring(1) : query;
        int start = 0;
        while (start <= text.length()) {
            int end = text.indexOf('&', start);
            if (end < 0) {
                end = text.length();
            }
            int nameEnd = start;
            while (nameEnd < end && text.charAt(nameEnd) != '=') {
                nameEnd++; // within this pair only: a search to the text's end would be quadratic
            }
            Decoded name = decode(text, start, nameEnd);
            Decoded value = nameEnd == end ? new Decoded("", null) : decode(text, nameEnd + 1, end);
            String key = name.text.trim();
            if (!key.isEmpty()) {
                params.put(key, value.text.trim());
            }
            if (problems != null && name.badEscape != null) {
                problems.add("a setting name has " + name.badEscape + ", which is not UTF-8; skipped it");
            }
            if (problems != null && value.badEscape != null) {
                String field = key.isEmpty() ? "a value" : ShortText.of(key);
                problems.add(field + " has " + value.badEscape + ", which is not UTF-8; skipped it");
            }
            start = end + 1;
        }
        return params;
    }

    /** The query string (no leading '?') for {@code params} in their order. */
    public static String format(Map<String, String> params) {
        StringBuilder b = new StringBuilder();
        for (Map.Entry<String, String> e : params.entrySet()) {
            if (b.length() > 0) {
                b.append('&');
            }
            b.append(encode(e.getKey())).append('=').append(encode(e.getValue()));
        }
        return b.toString();
    }

    /** Decoded text and the first escape sequence that was not UTF-8 (null when all were). */
    static final class Decoded {
        final String text;
        final String badEscape;

        Decoded(String text, String badEscape) {
            this.text = text;
            this.badEscape = badEscape;
        }
    }

    static String decode(String text) {
        return decode(text, 0, text.length()).text;
    }

    /** Decodes {@code text[from, to)}: '+' is a space, runs of %XX escapes are UTF-8 bytes. */
    static Decoded decode(String text, int from, int to) {
        StringBuilder out = new StringBuilder(to - from);
        String bad = null;
        byte[] run = null;
        Utf8 utf8 = new Utf8();
        int i = from;
        while (i < to) {
            char c = text.charAt(i);
            if (isEscape(text, i, to)) {
                int runStart = i;
                int n = 0;
                if (run == null) {
                    run = new byte[(to - from) / 3 + 1];
                }
                while (isEscape(text, i, to)) {
                    run[n++] = (byte) (hex(text.charAt(i + 1)) * 16 + hex(text.charAt(i + 2)));
                    i += 3;
                }
                if (!utf8.decode(run, n, out) && bad == null) {
                    int badFrom = runStart + utf8.badStart() * 3;
                    bad = text.substring(badFrom, badFrom + utf8.badLength() * 3);
                }
            } else {
                out.append(c == '+' ? ' ' : c);
                i++;
            }
        }
        return new Decoded(out.toString(), bad);
    }

    private static boolean isEscape(String text, int i, int to) {
        return i + 2 < to && text.charAt(i) == '%' && hex(text.charAt(i + 1)) >= 0 && hex(text.charAt(i + 2)) >= 0;
    }

    private static int hex(char c) {
        if (c >= '0' && c <= '9') {
            return c - '0';
        }
        if (c >= 'a' && c <= 'f') {
            return c - 'a' + 10;
        }
        if (c >= 'A' && c <= 'F') {
            return c - 'A' + 10;
        }
        return -1;
    }

    static String encode(String text) {
        StringBuilder b = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            int cp = c;
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                cp = Character.toCodePoint(c, text.charAt(++i));
            } else if (c >= 0xD800 && c <= 0xDFFF) {
                cp = REPLACEMENT; // half a pair is no character; UTF-8 cannot carry it
            }
            appendUtf8(b, cp);
        }
        return b.toString();
    }

    private static void appendUtf8(StringBuilder b, int cp) {
        boolean plain = (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z') || (cp >= '0' && cp <= '9')
                || cp == '-' || cp == '.' || cp == '_' || cp == '~';
        if (plain) {
            b.append((char) cp);
        } else if (cp < 0x80) {
            escape(b, cp);
        } else if (cp < 0x800) {
            escape(b, 0xC0 | (cp >> 6));
            escape(b, 0x80 | (cp & 0x3F));
        } else if (cp < 0x10000) {
            escape(b, 0xE0 | (cp >> 12));
            escape(b, 0x80 | ((cp >> 6) & 0x3F));
            escape(b, 0x80 | (cp & 0x3F));
        } else {
            escape(b, 0xF0 | (cp >> 18));
            escape(b, 0x80 | ((cp >> 12) & 0x3F));
            escape(b, 0x80 | ((cp >> 6) & 0x3F));
            escape(b, 0x80 | (cp & 0x3F));
        }
    }

    private static void escape(StringBuilder b, int octet) {
        b.append('%').append(HEX.charAt(octet >> 4)).append(HEX.charAt(octet & 15));
    }
}
