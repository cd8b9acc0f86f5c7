package dev.kvcache.scenario;

/**
 * Reads the values links and options carry: token counts with K/M suffixes ({@code 4K} = 4,096 as
 * model cards count, {@code 200K} = 200,000, {@code 1M} = 1,000,000), switches ({@code 1}, {@code on},
 * {@code true}, {@code yes}) and speeds ({@code 10}, {@code 10x}). Returns null instead of throwing.
 */
public final class ParamValues {
    private ParamValues() {
    }

    /** A whole number, with optional K / M / B suffix and _ or , separators; null if not one. */
    public static Long tokens(String text) {
        String t = strip(text).toLowerCase();
        long unit = 1;
        boolean kilo = false;
        if (t.endsWith("k")) {
            kilo = true;
            t = t.substring(0, t.length() - 1);
        } else if (t.endsWith("m")) {
            unit = 1_000_000L;
            t = t.substring(0, t.length() - 1);
        } else if (t.endsWith("b")) {
            unit = 1_000_000_000L;
            t = t.substring(0, t.length() - 1);
        }
        Double number = number(t);
        if (number == null) {
            return null;
        }
        if (kilo) {
            // Powers of two up to 128K, as model cards write "4K" and "128K"; decimal above.
            unit = number <= 128 && number == Math.floor(number) ? 1024L : 1000L;
        }
        double value = number * unit;
        if (value > 9.0e18) {
            return Long.MAX_VALUE;
        }
        if (value < -9.0e18) {
            return Long.MIN_VALUE;
        }
        return (long) Math.floor(value + 0.5);
    }

    /** A finite number (speeds accept a trailing x); null if not one. */
    public static Double number(String text) {
        String t = strip(text).toLowerCase();
        if (t.endsWith("x")) {
            t = t.substring(0, t.length() - 1);
        }
        if (t.isEmpty()) {
            return null;
        }
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            boolean ok = (c >= '0' && c <= '9') || c == '.' || c == 'e' || ((c == '-' || c == '+') && (i == 0 || t.charAt(i - 1) == 'e'));
            if (!ok) {
                return null;
            }
        }
        try {
            double value = Double.parseDouble(t);
            return Double.isNaN(value) || Double.isInfinite(value) ? null : value;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** True / false for a switch word; null if not one. An empty value means on ({@code --paused}). */
    public static Boolean onOff(String text) {
        String t = strip(text).toLowerCase();
        if (t.isEmpty() || t.equals("1") || t.equals("true") || t.equals("on") || t.equals("yes")) {
            return Boolean.TRUE;
        }
        if (t.equals("0") || t.equals("false") || t.equals("off") || t.equals("no")) {
            return Boolean.FALSE;
        }
        return null;
    }

    private static String strip(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder b = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c != '_' && c != ',' && c != ' ') {
                b.append(c);
            }
        }
        return b.toString();
    }
}
