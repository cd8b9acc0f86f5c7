package dev.kvcache.scenario;

/**
 * Reads the values links and options carry, strictly: token counts are decimal digits (with
 * {@code ,} or {@code _} between digits) and an optional K / M / B suffix ({@code 4K} = 4,096 as
 * model cards count, {@code 200K} = 200,000, {@code 1M} = 1,000,000, {@code 1.5M} = 1,500,000),
 * switches are {@code 1/0}, {@code on/off}, {@code true/false} or {@code yes/no}, speeds are
 * decimals with an optional {@code x}. Nothing else is read: no signs, exponents, hex or trailing
 * words ({@code 12abc}, {@code 1e3}, {@code 0x10}, {@code -5}). Returns null instead of throwing.
 */
public final class ParamValues {
    /** K means 1,024 up to this many K (4K, 128K as model cards write them), 1,000 above (200K). */
    private static final long LARGEST_BINARY_K = 128;
    /** Fraction digits a suffix can turn into a whole number (B = 10^9). */
    private static final int MAX_FRACTION_DIGITS = 9;

    private ParamValues() {
    }

    /**
     * A whole, non-negative count with an optional K / M / B suffix; null if not one or if a
     * fraction does not come out whole. Counts beyond a long read as {@link Long#MAX_VALUE}.
     */
    public static Long tokens(String text) {
        String t = text == null ? "" : text.trim();
        long unit = 1;
        char last = t.isEmpty() ? ' ' : Character.toLowerCase(t.charAt(t.length() - 1));
        if (last == 'k' || last == 'm' || last == 'b') {
            unit = last == 'k' ? 1000L : last == 'm' ? 1_000_000L : 1_000_000_000L;
            t = t.substring(0, t.length() - 1);
        }
        int dot = t.indexOf('.');
        String whole = digits(dot < 0 ? t : t.substring(0, dot), Separators.ALLOWED);
        String fraction = dot < 0 ? "" : digits(t.substring(dot + 1), Separators.NOT_ALLOWED);
        if (whole == null || fraction == null || (whole.isEmpty() && fraction.isEmpty())) {
            return null;
        }
        fraction = withoutTrailingZeros(fraction);
        if (last == 'k' && fraction.isEmpty() && !whole.isEmpty() && saturated(whole) <= LARGEST_BINARY_K) {
            unit = 1024L;
        }
        long scaled = multiply(saturated(whole), unit);
        if (fraction.isEmpty()) {
            return scaled;
        }
        if (fraction.length() > MAX_FRACTION_DIGITS) {
            return null;
        }
        long numerator = Long.parseLong(fraction) * unit;
        long denominator = pow10(fraction.length());
        if (numerator % denominator != 0) {
            return null;
        }
        long sum = scaled + numerator / denominator;
        return sum < 0 ? Long.MAX_VALUE : sum;
    }

    /** A non-negative decimal ({@code 0.9}, {@code 12}, {@code .5}), nothing else; null if not one. */
    public static Double decimal(String text) {
        String t = text == null ? "" : text.trim();
        int dot = t.indexOf('.');
        String whole = digits(dot < 0 ? t : t.substring(0, dot), Separators.NOT_ALLOWED);
        String fraction = dot < 0 ? "" : digits(t.substring(dot + 1), Separators.NOT_ALLOWED);
        if (whole == null || fraction == null || (whole.isEmpty() && fraction.isEmpty())) {
            return null;
        }
        double value = Double.parseDouble((whole.isEmpty() ? "0" : whole) + "." + (fraction.isEmpty() ? "0" : fraction));
        return Double.isInfinite(value) ? null : value;
    }

    /** A speed: a {@link #decimal} with an optional trailing x ({@code 10x}); null if not one. */
    public static Double number(String text) {
        String t = text == null ? "" : text.trim();
        if (t.endsWith("x") || t.endsWith("X")) {
            t = t.substring(0, t.length() - 1);
        }
        return decimal(t);
    }

    /** True / false for a switch word; null if not one. An empty value means on ({@code --paused}, {@code ?paused}). */
    public static Boolean onOff(String text) {
        if (text == null || text.trim().isEmpty()) {
            return Boolean.TRUE;
        }
        return flag(text);
    }

    /**
     * The strict switch rule for values that must say which: {@code true/false}, {@code 1/0},
     * {@code on/off}, {@code yes/no} in any case; null for anything else, the empty string included.
     */
    public static Boolean flag(String text) {
        String t = text == null ? "" : text.trim().toLowerCase();
        if (t.equals("1") || t.equals("true") || t.equals("on") || t.equals("yes")) {
            return Boolean.TRUE;
        }
        if (t.equals("0") || t.equals("false") || t.equals("off") || t.equals("no")) {
            return Boolean.FALSE;
        }
        return null;
    }

    /** Whether digit groups may be separated ({@code 1,000,000}, {@code 1_000}). */
    private enum Separators {
        ALLOWED,
        NOT_ALLOWED
    }

    /** The ASCII digits of {@code text} without separators; null if anything else is in it. */
    private static String digits(String text, Separators separators) {
        StringBuilder b = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean betweenDigits = i > 0 && i + 1 < text.length() && isDigit(text.charAt(i - 1))
                    && isDigit(text.charAt(i + 1));
            if (isDigit(c)) {
                b.append(c);
            } else if (!(separators == Separators.ALLOWED && (c == ',' || c == '_') && betweenDigits)) {
                return null;
            }
        }
        return b.toString();
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static String withoutTrailingZeros(String digits) {
        int end = digits.length();
        while (end > 0 && digits.charAt(end - 1) == '0') {
            end--;
        }
        return digits.substring(0, end);
    }

    /** The value of decimal {@code digits}, {@link Long#MAX_VALUE} when it does not fit. */
    private static long saturated(String digits) {
        long value = 0;
        for (int i = 0; i < digits.length(); i++) {
            int d = digits.charAt(i) - '0';
            if (value > (Long.MAX_VALUE - d) / 10) {
                return Long.MAX_VALUE;
            }
            value = value * 10 + d;
        }
        return value;
    }

    private static long multiply(long value, long unit) {
        return value > Long.MAX_VALUE / unit ? Long.MAX_VALUE : value * unit;
    }

    private static long pow10(int n) {
        long p = 1;
        for (int i = 0; i < n; i++) {
            p *= 10;
        }
        return p;
    }
}
