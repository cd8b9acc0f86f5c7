package dev.kvcache.scenario;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * URL query strings ({@code model=llama-70b&batch=4}) to an ordered name-value map and back, with
 * percent-encoding. Never throws: a broken escape is kept as typed, an empty name is skipped.
 */
public final class QueryString {
    private static final String HEX = "0123456789ABCDEF";

    private QueryString() {
    }

    /** Parses {@code query}, with or without its leading '?'; the last value of a repeated name wins. */
    public static Map<String, String> parse(String query) {
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
            String pair = text.substring(start, end);
            int equals = pair.indexOf('=');
            String name = decode(equals < 0 ? pair : pair.substring(0, equals)).trim();
            String value = equals < 0 ? "" : decode(pair.substring(equals + 1)).trim();
            if (!name.isEmpty()) {
                params.put(name, value);
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

    static String decode(String text) {
        byte[] bytes = new byte[text.length() * 3];
        int n = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            int hi = i + 2 < text.length() ? Character.digit(text.charAt(i + 1), 16) : -1;
            int lo = i + 2 < text.length() ? Character.digit(text.charAt(i + 2), 16) : -1;
            if (c == '%' && hi >= 0 && lo >= 0) {
                bytes[n++] = (byte) (hi * 16 + lo);
                i += 2;
            } else if (c == '+') {
                bytes[n++] = ' ';
            } else {
                byte[] encoded = String.valueOf(c).getBytes(StandardCharsets.UTF_8);
                for (byte e : encoded) {
                    bytes[n++] = e;
                }
            }
        }
        return new String(bytes, 0, n, StandardCharsets.UTF_8);
    }

    static String encode(String text) {
        StringBuilder b = new StringBuilder();
        for (byte raw : text.getBytes(StandardCharsets.UTF_8)) {
            int c = raw & 0xff;
            boolean plain = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                    || c == '-' || c == '.' || c == '_' || c == '~';
            if (plain) {
                b.append((char) c);
            } else {
                b.append('%').append(HEX.charAt(c >> 4)).append(HEX.charAt(c & 15));
            }
        }
        return b.toString();
    }
}
