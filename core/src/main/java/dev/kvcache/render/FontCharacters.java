package dev.kvcache.render;

/** The characters every font must hold: printable ASCII plus the symbols the panels use. */
public final class FontCharacters {
    /** A space text never wraps at (libGDX wraps only at ' ', tab and line ends). */
    public static final char NO_BREAK_SPACE = '\u00a0';
    /** ASCII 32-126, the no-break space, and the maths, arrows and units that formulas and labels print. */
    public static final String ALL;

    static {
        StringBuilder chars = new StringBuilder();
        for (char c = 32; c < 127; c++) {
            chars.append(c);
        }
        // The no-break space: a label and its number ("dp 1") stay on one line when text wraps.
        chars.append(NO_BREAK_SPACE);
        chars.append("\u00d7\u00f7\u00b1\u00b7\u00b2\u00b3\u00b5\u00b0\u00ab\u00bb\u00e9\u00fc\u00f6\u00e4");
        chars.append("\u2248\u2264\u2265\u2260\u221e\u221a\u2211\u0394\u03b1\u03b2\u03c0");
        chars.append("\u2190\u2191\u2192\u2193\u2194\u2013\u2014\u2026\u2022\u25b6\u25a0\u25cf\u2713\u2717\u26a0");
        ALL = chars.toString();
    }

    private FontCharacters() {
    }
}
