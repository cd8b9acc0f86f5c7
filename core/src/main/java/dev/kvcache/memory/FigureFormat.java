package dev.kvcache.memory;

/**
 * How a factoid figure is written, built by hand because GWT has no formatter: binary sizes
 * ("320 KiB"), exact bytes ("327,680 B"), two-decimal GiB ("79.19 GiB"), decimal GB as marketed
 * ("44 GB"), plain and short counts ("12", "46.7B"), tokens, multiples ("8x") and percentages.
 */
public enum FigureFormat {
    BYTES("bytes"),
    EXACT("exact"),
    GIB("gib"),
    GB("gb"),
    NUMBER("number"),
    COUNT("count"),
    TOKENS("tokens"),
    TIMES("times"),
    PERCENT("percent"),
    DECIMAL("decimal");

    private final String key;

    FigureFormat(String key) {
        this.key = key;
    }

    /** The name used in factoids.json. */
    public String key() {
        return key;
    }

    /** The format named {@code key} in factoids.json, or null. */
    public static FigureFormat find(String key) {
        for (FigureFormat f : values()) {
            if (f.key.equals(key)) {
                return f;
            }
        }
        return null;
    }

    /** Every name, for problem messages: "bytes, exact, ...". */
    public static String names() {
        StringBuilder b = new StringBuilder();
        for (FigureFormat f : values()) {
            b.append(b.length() == 0 ? "" : ", ").append(f.key);
        }
        return b.toString();
    }

    /** {@code value} in this format; byte and count formats round to a whole number first. */
    public String format(double value) {
        long whole = Math.round(value);
        switch (this) {
            case BYTES:
                return ByteFormat.bytes(whole);
            case EXACT:
                return ByteFormat.exactBytes(whole);
            case GIB:
                return twoDecimals(value / (1L << 30)) + " GiB";
            case GB:
                return ByteFormat.oneDecimal(value / 1e9) + " GB";
            case NUMBER:
                return ByteFormat.grouped(whole);
            case COUNT:
                return ByteFormat.count(whole);
            case TOKENS:
                return ByteFormat.tokens(whole);
            case TIMES:
                return ByteFormat.oneDecimal(value) + "x";
            case PERCENT:
                return ByteFormat.percent(value);
            default:
                return ByteFormat.oneDecimal(value);
        }
    }

    /** Two decimal places, kept even when zero: 79.1899 -> "79.19", 2 -> "2.00". */
    static String twoDecimals(double value) {
        long hundredths = Math.round(Math.abs(value) * 100);
        long frac = hundredths % 100;
        return (value < 0 && hundredths != 0 ? "-" : "") + hundredths / 100 + "." + (frac < 10 ? "0" : "") + frac;
    }
}
