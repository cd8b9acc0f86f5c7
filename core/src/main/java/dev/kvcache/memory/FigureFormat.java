package dev.kvcache.memory;

import dev.kvcache.units.Quantities;

/**
 * Which of the {@link Quantities} rules writes a factoid figure: binary sizes ("320 KiB"), exact
 * bytes ("327,680 B"), two-decimal GiB ("79.19 GiB"), decimal GB as marketed ("44 GB"), grouped and
 * short counts ("12", "46.7B"), token counts ("128K", without the word, which the sentence says),
 * multiples ("8x"), percentages and plain decimals.
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
                return Quantities.bytes(whole);
            case EXACT:
                return Quantities.exactBytes(whole);
            case GIB:
                return Quantities.gib(value);
            case GB:
                return Quantities.gb(value);
            case NUMBER:
                return Quantities.grouped(whole);
            case COUNT:
                return Quantities.shortCount(whole);
            case TOKENS:
                return Quantities.tokenCount(whole);
            case TIMES:
                return Quantities.times(value);
            case PERCENT:
                return Quantities.percent(value);
            default:
                return Quantities.decimal(value);
        }
    }
}
