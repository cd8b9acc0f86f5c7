package dev.kvcache.ui;

/**
 * Appends numbers to a reused StringBuilder without allocating (ByteFormat returns new Strings,
 * fine for a report, not for every frame): bytes in binary units, grouped integers, token counts,
 * percentages. Same conventions as the memory engine's ByteFormat.
 */
public final class TextAppender {
    private static final String[] UNITS = {"B", "KiB", "MiB", "GiB", "TiB", "PiB", "EiB"};

    private TextAppender() {
    }

    /** "27.3 GiB"; "512 B" below 1 KiB; never NaN (negative sizes are shown as 0 B). */
    public static StringBuilder bytes(StringBuilder out, long bytes) {
        if (bytes < 1024) {
            return out.append(Math.max(0, bytes)).append(" B");
        }
        double value = bytes;
        int unit = 0;
        while (value >= 1024 && unit < UNITS.length - 1) {
            value /= 1024;
            unit++;
        }
        return oneDecimal(out, value).append(' ').append(UNITS[unit]);
    }

    /** "476,016". */
    public static StringBuilder grouped(StringBuilder out, long value) {
        if (value < 0) {
            out.append('-');
            value = value == Long.MIN_VALUE ? Long.MAX_VALUE : -value;
        }
        long divisor = 1;
        while (value / divisor >= 1000) {
            divisor *= 1000;
        }
        out.append(value / divisor);
        while (divisor > 1) {
            value %= divisor;
            divisor /= 1000;
            long group = value / divisor;
            out.append(',');
            if (group < 100) {
                out.append('0');
            }
            if (group < 10) {
                out.append('0');
            }
            out.append(group);
        }
        return out;
    }

    /** Context sizes as the presets name them ("4K", "128K", "200K", "1M", "100M"); other counts grouped. */
    public static StringBuilder tokens(StringBuilder out, long tokens) {
        if (tokens >= 1_000_000 && tokens % 1_000_000 == 0) {
            return out.append(tokens / 1_000_000).append('M');
        }
        boolean powerOfTwo = (tokens & (tokens - 1)) == 0;
        if (tokens >= 1024 && powerOfTwo) {
            return out.append(tokens / 1024).append('K');
        }
        if (tokens >= 100_000 && tokens % 1000 == 0) {
            return out.append(tokens / 1000).append('K');
        }
        return grouped(out, tokens);
    }

    /** "84.2%" from a fraction; "0%" for NaN or negatives. */
    public static StringBuilder percent(StringBuilder out, double fraction) {
        if (!(fraction > 0)) {
            return out.append("0%");
        }
        return oneDecimal(out, Math.min(fraction * 100.0, 1e12)).append('%');
    }

    /** One decimal place, a trailing ".0" dropped (as ByteFormat): 27.34 -> "27.3", 8.0 -> "8". */
    public static StringBuilder oneDecimal(StringBuilder out, double value) {
        if (!(value >= 0) || Double.isInfinite(value)) {
            return out.append(Double.isInfinite(value) ? "\u221e" : "0");
        }
        long tenths = Math.round(value * 10.0);
        out.append(tenths / 10);
        if (tenths % 10 != 0) {
            out.append('.').append(tenths % 10);
        }
        return out;
    }

    /** Parameter counts: "8.0B", "70.6B", "1.0T". */
    public static StringBuilder params(StringBuilder out, long params) {
        if (params >= 1_000_000_000_000L) {
            return oneDecimal(out, params / 1e12).append('T');
        }
        if (params >= 1_000_000_000L) {
            return oneDecimal(out, params / 1e9).append('B');
        }
        return oneDecimal(out, params / 1e6).append('M');
    }
}
