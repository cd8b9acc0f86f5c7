package dev.kvcache.units;


/**
 * The one place that writes a quantity as text: bytes, tokens, counts, percentages, ratios and
 * speeds, so that the same quantity reads the same in every panel, the formula, the factoids and
 * the report.
 *
 * <p>Built by hand because GWT has no string formatter. Each kind has a String method for one-off
 * text and a StringBuilder overload of the same name that appends without allocating, for text
 * rebuilt every frame. A number that is not finite is written "n/a" whatever its kind.
 */
public final class Quantities {
    /** The smallest share {@link #percent} writes as a figure (0.1% after rounding); less is "<0.1%". */
    private static final double SMALLEST_PERCENT = 0.0005;

    private static final String[] BYTE_UNITS = {"B", "KiB", "MiB", "GiB", "TiB", "PiB", "EiB"};
    private static final String[] COUNT_SUFFIXES = {"", "K", "M", "B", "T"};
    private static final String NOT_A_NUMBER = "n/a";
    /** What a size past 64 bits reads as (2^63 bytes = 8 EiB). */
    public static final String CAPPED_BYTES = "more than 8 EiB";
    /** Significant digits a JSON figure keeps: every decimal of 15 digits reads back to the same double. */
    public static final int FIGURE_DIGITS = 15;
    private static final double FIGURE_SMALLEST = 1e-7;
    private static final double FIGURE_LARGEST = 1e15;
    private static final long MILLION = 1_000_000L;
    /** 10^0 to 10^22: every one an exact double, written as literals so no pow rounding enters. */
    private static final double[] POWERS_OF_TEN = {1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11,
        1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22};
    /** The link parser reads "K" after a whole number up to this as x1,024, above it as x1,000. */
    private static final long LARGEST_BINARY_K = 128;

    /** Whether the digits of a whole number are grouped in threes. */
    private enum Digits {
        GROUPED,
        PLAIN
    }

    private Quantities() {
    }

    /**
     * Bytes in the largest binary unit (what allocators count) that keeps the value at least 1, one
     * decimal, a trailing ".0" dropped: "27.3 GiB", "8 GiB", "512 B". A size is never negative:
     * below zero prints "0 B".
     */
    public static StringBuilder bytes(StringBuilder out, long bytes) {
        if (Saturating.isCapped(bytes)) {
            // A product past 2^63 - 1 was capped by the saturating arithmetic: say so, never a wrapped value.
            return out.append(CAPPED_BYTES);
        }
        if (bytes < 1024) {
            return out.append(Math.max(0, bytes)).append(" B");
        }
        double value = bytes;
        int unit = 0;
        // Rounding may carry into the next unit: 1,048,575 B is "1 MiB", not "1024 KiB".
        while (Math.round(value * 10) >= 1024 * 10 && unit < BYTE_UNITS.length - 1) {
            value /= 1024;
            unit++;
        }
        return decimal(out, value).append(' ').append(BYTE_UNITS[unit]);
    }

    public static String bytes(long bytes) {
        return bytes(new StringBuilder(), bytes).toString();
    }

    /** Exact bytes, digits grouped: "70,272 B". */
    public static StringBuilder exactBytes(StringBuilder out, long bytes) {
        return grouped(out, bytes).append(" B");
    }

    public static String exactBytes(long bytes) {
        return exactBytes(new StringBuilder(), bytes).toString();
    }

    /** Bytes in GiB with two decimals kept, as frameworks report usable memory: "79.19 GiB". */
    public static String gib(double bytes) {
        return twoDecimals(new StringBuilder(), bytes / (1L << 30)).append(" GiB").toString();
    }

    /** Bytes in decimal GB, as memory is marketed: "44 GB", "80 GB". */
    public static String gb(double bytes) {
        return decimal(new StringBuilder(), bytes / 1e9).append(" GB").toString();
    }

    /** A duration in microseconds below a millisecond, milliseconds below a second, else seconds, one decimal: "2.7 µs", "21.7 ms", "1.2 s". */
    public static StringBuilder duration(StringBuilder out, double seconds) {
        if (seconds > 0 && seconds < 0.001) {
            // A wafer reads a step's bytes in microseconds: "0 ms" would say it takes no time at all.
            return decimal(out, seconds * 1e6).append(" \u00b5s");
        }
        if (seconds < 1.0) {
            return decimal(out, seconds * 1000.0).append(" ms");
        }
        return decimal(out, seconds).append(" s");
    }

    /**
     * On-chip memory as vendors state it, binary multiples under decimal names: "50 MB", "900 MB",
     * "44 GB" (Cerebras' 45,056 MB); whole numbers stay whole.
     */
    public static StringBuilder onChipMegabytes(StringBuilder out, double megabytes) {
        if (megabytes >= 1024) {
            return decimal(out, megabytes / 1024).append(" GB");
        }
        return decimal(out, megabytes).append(" MB");
    }

    /** A count in exact digits grouped in threes: "1,505,552", "-7", "7". */
    public static StringBuilder grouped(StringBuilder out, long value) {
        return digits(out, value, Digits.GROUPED);
    }

    public static String grouped(long value) {
        return grouped(new StringBuilder(), value).toString();
    }

    /**
     * A rounded count with a decimal K / M / B / T suffix and one decimal: "46.7B", "1T", "512".
     * For figures that are approximate by nature (parameter counts); never for tokens, whose short
     * form must read back exactly ({@link #tokenCount}).
     */
    public static StringBuilder shortCount(StringBuilder out, long n) {
        if (n < 1000 && n > -1000) {
            return out.append(n);
        }
        double value = n;
        int i = 0;
        while (Math.abs(Math.round(value * 10)) >= 1000 * 10 && i < COUNT_SUFFIXES.length - 1) {
            value /= 1000;
            i++;
        }
        return decimal(out, value).append(COUNT_SUFFIXES[i]);
    }

    public static String shortCount(long n) {
        return shortCount(new StringBuilder(), n).toString();
    }

    /**
     * A token count as model cards and links write it, in a form the link parser
     * ({@code scenario.ParamValues.tokens}) reads back to the very same number:
     * <ul>
     * <li>a whole number of millions: "1M", "100M" (decimal, as long contexts are marketed);
     * <li>a power of two from 1,024 to 131,072: "1K", "4K" ... "128K" (binary, as model cards count;
     *     the parser reads K after a whole number up to 128 as x1,024);
     * <li>a whole number of thousands from 129,000 to 999,000: "200K" (the parser reads K above 128
     *     as x1,000);
     * <li>anything else in grouped digits: "262,144" (which "256K" would misread as 256,000),
     *     "100,000", "4,095".
     * </ul>
     */
    public static StringBuilder tokenCount(StringBuilder out, long tokens) {
        return tokenCount(out, tokens, Digits.GROUPED);
    }

    public static String tokenCount(long tokens) {
        return tokenCount(new StringBuilder(), tokens).toString();
    }

    /** {@link #tokenCount} with the word: "128K tokens", "262,144 tokens", "1 token". */
    public static StringBuilder tokens(StringBuilder out, long tokens) {
        return tokenWord(tokenCount(out, tokens), tokens);
    }

    public static String tokens(long tokens) {
        return tokens(new StringBuilder(), tokens).toString();
    }

    /**
     * {@link #tokenCount} without separators, for links and command lines where a comma would be
     * escaped: "128K", "262144".
     */
    public static String tokenValue(long tokens) {
        return tokenCount(new StringBuilder(), tokens, Digits.PLAIN).toString();
    }

    /**
     * A token count that changes every frame (the longest sequence so far), always in grouped
     * digits so that it does not jump from "4,095" to "4K" to "4,097": "53,248 tokens".
     */
    public static StringBuilder runningTokens(StringBuilder out, long tokens) {
        return tokenWord(grouped(out, tokens), tokens);
    }

    /**
     * A fraction as a percentage with one decimal, a trailing ".0" dropped: 0.2941 is "29.4%",
     * 3.5 is "350%". Never negative ("0%" below zero) and never "NaN%" ("n/a").
     */
    public static StringBuilder percent(StringBuilder out, double fraction) {
        if (Double.isNaN(fraction) || Double.isInfinite(fraction)) {
            return out.append(NOT_A_NUMBER);
        }
        if (fraction > 0 && fraction < SMALLEST_PERCENT) {
            // Something, but under a tenth of a percent: "0%" would read as nothing at all.
            return out.append("<0.1%");
        }
        return decimal(out, Math.max(0, fraction) * 100).append('%');
    }

    public static String percent(double fraction) {
        return percent(new StringBuilder(), fraction).toString();
    }

    /** A ratio or multiple: "8x", "2.5x". */
    public static String times(double ratio) {
        return withUnit(decimal(new StringBuilder(), ratio), ratio, 'x').toString();
    }

    /**
     * A simulation speed exactly as set, for display: "10x", "0.5x". Unlike {@link #times} it is not
     * rounded, so that the label reads back to the speed it shows.
     */
    public static String speed(double speed) {
        return withUnit(new StringBuilder(speedValue(speed)), speed, 'x').toString();
    }

    /**
     * A simulation speed exactly as set, for links: "10", "0.5", "2.75". Speeds lie in 0.5-100,
     * where Java's and JavaScript's shortest decimal forms of a double agree.
     */
    public static String speedValue(double speed) {
        return linkDecimal(speed);
    }

    /**
     * A decimal setting exactly as set, for links: "10", "0.5", "0.65". Whole numbers lose Java's
     * ".0"; between 0.001 and 10^7, where Java's and JavaScript's shortest forms of a double agree
     * and neither uses an exponent, the rest read back to the very same value.
     */
    public static String linkDecimal(double value) {
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            return NOT_A_NUMBER;
        }
        if (value == Math.floor(value) && Math.abs(value) < 1e15) {
            // Java would write "10.0", JavaScript "10": the whole number reads the same in both.
            return Long.toString((long) value);
        }
        return Double.toString(value);
    }

    /**
     * A computed figure as the JSON outputs print it: rounded to {@value #FIGURE_DIGITS} significant
     * digits, so arithmetic's last-bit noise does not show (3.3615999999999997 is 3.3616, 0.1 + 0.2
     * is 0.3) while every digit a double holds for certain stays. Zero, NaN, infinities and figures
     * outside 10^-7 to 10^15 pass unchanged (none of the outputs' fractional figures lies there).
     */
    public static double figure(double value) {
        double magnitude = Math.abs(value);
        if (!(magnitude >= FIGURE_SMALLEST && magnitude < FIGURE_LARGEST)) {
            return value;
        }
        int exponent = (int) Math.floor(Math.log10(magnitude));
        // log10 may land one off near a power of ten; the digits count from the true leading one.
        if (magnitude >= powerOfTen(exponent + 1)) {
            exponent++;
        } else if (magnitude < powerOfTen(exponent)) {
            exponent--;
        }
        // 0 to 21: an exact power of ten, so the one rounding is the division's, to the double nearest the decimal.
        double scale = POWERS_OF_TEN[FIGURE_DIGITS - 1 - exponent];
        return Math.round(value * scale) / scale;
    }

    /** 10^n for n from -22 to 22 as the nearest double; exact from 10^0 to 10^22 (Math.pow need not be). */
    private static double powerOfTen(int n) {
        return n >= 0 ? POWERS_OF_TEN[n] : 1 / POWERS_OF_TEN[-n];
    }

    /** One decimal place, a trailing ".0" dropped, the whole part grouped: "27.3", "8", "1,234.5". */
    public static StringBuilder decimal(StringBuilder out, double value) {
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            return out.append(NOT_A_NUMBER);
        }
        long tenths = Math.round(value * 10);
        if (tenths < 0) {
            out.append('-');
            tenths = tenths == Long.MIN_VALUE ? Long.MAX_VALUE : -tenths;
        }
        digits(out, tenths / 10, Digits.GROUPED);
        return tenths % 10 == 0 ? out : out.append('.').append(tenths % 10);
    }

    public static String decimal(double value) {
        return decimal(new StringBuilder(), value).toString();
    }

    /** Two decimal places, kept even when zero: 3.3616 is "3.36", 0.8 is "0.80". */
    public static String twoDecimals(double value) {
        return twoDecimals(new StringBuilder(), value).toString();
    }

    /** Two decimal places, kept even when zero: 79.1899 is "79.19", 2 is "2.00". */
    static StringBuilder twoDecimals(StringBuilder out, double value) {
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            return out.append(NOT_A_NUMBER);
        }
        long hundredths = Math.round(Math.abs(value) * 100);
        if (value < 0 && hundredths != 0) {
            out.append('-');
        }
        digits(out, hundredths / 100, Digits.GROUPED).append('.');
        return out.append(hundredths % 100 < 10 ? "0" : "").append(hundredths % 100);
    }

    private static StringBuilder tokenCount(StringBuilder out, long tokens, Digits digits) {
        if (tokens > 0 && tokens % MILLION == 0) {
            return out.append(tokens / MILLION).append('M');
        }
        boolean powerOfTwo = (tokens & (tokens - 1)) == 0;
        if (powerOfTwo && tokens >= 1024 && tokens / 1024 <= LARGEST_BINARY_K) {
            return out.append(tokens / 1024).append('K');
        }
        if (tokens % 1000 == 0 && tokens / 1000 > LARGEST_BINARY_K && tokens < MILLION) {
            return out.append(tokens / 1000).append('K');
        }
        return digits(out, tokens, digits);
    }

    private static StringBuilder tokenWord(StringBuilder out, long tokens) {
        return out.append(tokens == 1 ? " token" : " tokens");
    }

    /** A unit after a number, left off when the number is "n/a". */
    private static StringBuilder withUnit(StringBuilder out, double value, char unit) {
        return Double.isNaN(value) || Double.isInfinite(value) ? out : out.append(unit);
    }

    /** Appends {@code value}'s digits without allocating (Long.toString would, every frame). */
    private static StringBuilder digits(StringBuilder out, long value, Digits digits) {
        if (digits == Digits.PLAIN) {
            return out.append(value);
        }
        if (value < 0) {
            out.append('-');
            if (value == Long.MIN_VALUE) {
                // -Long.MIN_VALUE overflows; its digits are those of MAX_VALUE but for the last.
                return out.append("9,223,372,036,854,775,808");
            }
            value = -value;
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
}
