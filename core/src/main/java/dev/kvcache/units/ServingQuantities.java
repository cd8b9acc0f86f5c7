package dev.kvcache.units;

/**
 * The one place that writes the time model's quantities as text: long durations, token
 * rates, prices, energy, memory bandwidth and operations. {@link Quantities} writes the rest (its
 * {@code duration} writes a step or a latency); this class builds on its digits, so a figure reads
 * the same in the panels, the formula and the chart.
 *
 * <p>Each kind has a StringBuilder method that appends without allocating, for text rebuilt every
 * frame, and a String one for one-off text. A number that is not finite is written "n/a".
 */
public final class ServingQuantities {
    private static final String NOT_A_NUMBER = "n/a";
    private static final double MINUTE = 60;
    private static final double HOUR = 3600;
    private static final double DAY = 86_400;

    private ServingQuantities() {
    }

    /**
     * A duration that may run to hours or days (serving time on the simulated clock, a long wait for
     * the first token): {@link Quantities#duration} under a minute, else its two largest units,
     * truncated so that a running clock only ever counts up: "850 ms", "42.5 s", "12 min 5 s",
     * "3 h 12 min", "2 d 3 h".
     */
    public static StringBuilder longDuration(StringBuilder out, double seconds) {
        if (!finite(seconds)) {
            return out.append(NOT_A_NUMBER);
        }
        double s = Math.max(0, seconds);
        if (s < MINUTE) {
            return Quantities.duration(out, s);
        }
        if (s < HOUR) {
            return twoUnits(out, (long) (s / MINUTE), " min", (long) (s % MINUTE), " s");
        }
        if (s < DAY) {
            return twoUnits(out, (long) (s / HOUR), " h", (long) ((s % HOUR) / MINUTE), " min");
        }
        return twoUnits(out, (long) (s / DAY), " d", (long) ((s % DAY) / HOUR), " h");
    }

    public static String longDuration(double seconds) {
        return longDuration(new StringBuilder(), seconds).toString();
    }

    private static StringBuilder twoUnits(StringBuilder out, long big, String bigUnit, long small, String smallUnit) {
        Quantities.grouped(out, big).append(bigUnit);
        return small > 0 ? out.append(' ').append(small).append(smallUnit) : out;
    }

    /** A token rate with three significant digits, whole from 100 up: "12,345 tokens/s", "41.2 tokens/s", "0.35 tokens/s". */
    public static StringBuilder tokensPerSecond(StringBuilder out, double perSecond) {
        if (!finite(perSecond)) {
            return out.append(NOT_A_NUMBER);
        }
        return significant(out, perSecond).append(" tokens/s");
    }

    public static String tokensPerSecond(double perSecond) {
        return tokensPerSecond(new StringBuilder(), perSecond).toString();
    }

    /**
     * A request rate as {@link #tokensPerSecond} writes a token rate, in the largest unit of time
     * that gives at least one: "12.5 requests/s", "7.2 requests/min", "10 requests/h" (a saturated
     * scene finishes a few an hour of serving).
     */
    public static StringBuilder requestsPerSecond(StringBuilder out, double perSecond) {
        if (!finite(perSecond)) {
            return out.append(NOT_A_NUMBER);
        }
        if (perSecond >= 1 || perSecond <= 0) {
            return significant(out, perSecond).append(" requests/s");
        }
        if (perSecond * MINUTE >= 1) {
            return significant(out, perSecond * MINUTE).append(" requests/min");
        }
        return significant(out, perSecond * HOUR).append(" requests/h");
    }

    /**
     * US dollars: cents from a dollar up ("$2.49", "$1,234.50"), two significant digits below
     * ("$0.69", "$0.042", "$0.0042"), "$0" for nothing.
     */
    public static StringBuilder usd(StringBuilder out, double dollars) {
        if (!finite(dollars)) {
            return out.append(NOT_A_NUMBER);
        }
        double d = Math.max(0, dollars);
        out.append('$');
        if (d >= 1 || Math.round(d * 100) >= 100) {
            return Quantities.twoDecimals(out, d);
        }
        if (d == 0) {
            return out.append('0');
        }
        // Two significant digits: the decimal places that keep the first two digits.
        int places = 2;
        while (d * pow10(places) < 10 && places < 12) {
            places++;
        }
        long digits = Math.round(d * pow10(places));
        if (digits >= 100) {
            // 0.0995 rounds up to 0.10: one place fewer keeps two digits.
            places--;
            digits = Math.round(d * pow10(places));
        }
        out.append("0.");
        for (int i = places - 1; i > 0 && digits < pow10(i); i--) {
            out.append('0');
        }
        return out.append(digits);
    }

    public static String usd(double dollars) {
        return usd(new StringBuilder(), dollars).toString();
    }

    /** Energy: joules from one up ("7.2 J", "1,400 J"), millijoules below ("720 mJ", "0.4 mJ"). */
    public static StringBuilder joules(StringBuilder out, double joules) {
        if (!finite(joules)) {
            return out.append(NOT_A_NUMBER);
        }
        double j = Math.max(0, joules);
        if (Math.round(j * 10) >= 10) {
            return Quantities.decimal(out, j).append(" J");
        }
        return Quantities.decimal(out, j * 1000).append(" mJ");
    }

    public static String joules(double joules) {
        return joules(new StringBuilder(), joules).toString();
    }

    /** Memory bandwidth in decimal units, as vendors state it, three significant digits: "2.35 TB/s", "864 GB/s". */
    public static StringBuilder bandwidth(StringBuilder out, double bytesPerSecond) {
        if (!finite(bytesPerSecond)) {
            return out.append(NOT_A_NUMBER);
        }
        if (Math.round(bytesPerSecond / 1e10) >= 100) {
            return significant(out, bytesPerSecond / 1e12).append(" TB/s");
        }
        return significant(out, bytesPerSecond / 1e9).append(" GB/s");
    }

    public static String bandwidth(double bytesPerSecond) {
        return bandwidth(new StringBuilder(), bytesPerSecond).toString();
    }

    /** Operations, in tera (10^12) from one up, giga below, three significant digits: "1.94 TFLOP", "640 GFLOP". */
    public static StringBuilder operations(StringBuilder out, double operations) {
        if (!finite(operations)) {
            return out.append(NOT_A_NUMBER);
        }
        if (Math.round(operations / 1e10) >= 100) {
            return significant(out, operations / 1e12).append(" TFLOP");
        }
        return significant(out, operations / 1e9).append(" GFLOP");
    }

    public static String operations(double operations) {
        return operations(new StringBuilder(), operations).toString();
    }

    /** Operations per second, three significant digits: "495 TFLOP/s", "1.2 PFLOP/s". */
    public static StringBuilder operationRate(StringBuilder out, double perSecond) {
        if (!finite(perSecond)) {
            return out.append(NOT_A_NUMBER);
        }
        if (Math.round(perSecond / 1e13) >= 100) {
            return significant(out, perSecond / 1e15).append(" PFLOP/s");
        }
        return significant(out, perSecond / 1e12).append(" TFLOP/s");
    }

    public static String operationRate(double perSecond) {
        return operationRate(new StringBuilder(), perSecond).toString();
    }

    /**
     * Three significant digits, the whole part grouped, whole from 100 up, trailing zeros dropped
     * as {@link Quantities#decimal} drops them: 12,345 / 41.2 / 4.25 / 1.2 / 0.35.
     */
    static StringBuilder significant(StringBuilder out, double value) {
        double v = Math.max(0, value);
        if (Math.round(v) >= 100) {
            return Quantities.grouped(out, Math.round(v));
        }
        if (Math.round(v * 10) >= 100) {
            return Quantities.decimal(out, v);
        }
        long hundredths = Math.round(v * 100);
        out.append(hundredths / 100);
        long fraction = hundredths % 100;
        if (fraction == 0) {
            return out;
        }
        out.append('.');
        if (fraction % 10 == 0) {
            return out.append(fraction / 10);
        }
        return out.append(fraction < 10 ? "0" : "").append(fraction);
    }

    private static double pow10(int places) {
        double p = 1;
        for (int i = 0; i < places; i++) {
            p *= 10;
        }
        return p;
    }

    private static boolean finite(double value) {
        return !Double.isNaN(value) && !Double.isInfinite(value);
    }
}
