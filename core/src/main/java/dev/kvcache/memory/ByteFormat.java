package dev.kvcache.memory;

/**
 * Human-readable numbers built by hand (GWT has no String formatting): "27.3 GiB", "70,272 B",
 * "1.2M tokens", "29.4%". Binary units for bytes (what allocators count), decimal for tokens.
 */
public final class ByteFormat {
    private static final String[] UNITS = {"B", "KiB", "MiB", "GiB", "TiB", "PiB", "EiB"};

    private ByteFormat() {
    }

    /** Bytes in the largest binary unit that keeps the value at least 1, one decimal: "27.3 GiB". */
    public static String bytes(long bytes) {
        if (bytes < 1024 && bytes > -1024) {
            return bytes + " B";
        }
        double value = bytes;
        int unit = 0;
        while (Math.abs(value) >= 1024 && unit < UNITS.length - 1) {
            value /= 1024;
            unit++;
        }
        return oneDecimal(value) + " " + UNITS[unit];
    }

    /** Exact bytes with thousands separators: "70,272 B". */
    public static String exactBytes(long bytes) {
        return grouped(bytes) + " B";
    }

    /** Thousands separators: 1505552 -> "1,505,552". */
    public static String grouped(long value) {
        String digits = Long.toString(Math.abs(value));
        StringBuilder b = new StringBuilder();
        int lead = digits.length() % 3;
        for (int i = 0; i < digits.length(); i++) {
            if (i > 0 && (i - lead) % 3 == 0) {
                b.append(',');
            }
            b.append(digits.charAt(i));
        }
        return (value < 0 ? "-" : "") + b;
    }

    /** Token counts with K / M / B suffixes: "1.2M tokens", "512 tokens". */
    public static String tokens(long tokens) {
        return count(tokens) + " tokens";
    }

    /** A count with K / M / B / T suffix: 1200000 -> "1.2M". */
    public static String count(long n) {
        String[] suffix = {"", "K", "M", "B", "T"};
        double value = n;
        int i = 0;
        while (Math.abs(value) >= 1000 && i < suffix.length - 1) {
            value /= 1000;
            i++;
        }
        return (i == 0 ? Long.toString(n) : oneDecimal(value)) + suffix[i];
    }

    /** A fraction as a percentage with one decimal: 0.2941 -> "29.4%". */
    public static String percent(double fraction) {
        return oneDecimal(fraction * 100) + "%";
    }

    /** One decimal place, a trailing ".0" dropped: 27.34 -> "27.3", 8.0 -> "8". */
    public static String oneDecimal(double value) {
        long tenths = Math.round(value * 10);
        long whole = Math.abs(tenths) / 10;
        long frac = Math.abs(tenths) % 10;
        String sign = tenths < 0 ? "-" : "";
        return sign + whole + (frac == 0 ? "" : "." + frac);
    }
}
