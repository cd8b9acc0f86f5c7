package dev.kvcache.render;

/**
 * The text styles the app draws, with their size in pixels at the reference window (1600x1000 at
 * one physical pixel per CSS pixel). Sizes follow the layout's scale but never drop below
 * {@link #MIN_DENSITY_PIXELS} density-independent pixels, so text stays readable on a phone.
 */
public enum FontStyle {
    SMALL(FontFace.REGULAR, 12),
    BODY(FontFace.REGULAR, 14),
    LABEL(FontFace.BOLD, 13),
    HEADING(FontFace.BOLD, 17),
    TITLE(FontFace.BOLD, 26),
    BANNER(FontFace.BOLD, 40);

    /** Smallest text in density-independent pixels (CSS px in the browser): 12, as the web's own minimum. */
    public static final int MIN_DENSITY_PIXELS = 12;
    /** Largest text in density-independent pixels: a banner on an 8K window, no more. */
    public static final int MAX_DENSITY_PIXELS = 160;

    public final FontFace face;
    public final int referencePixels;

    FontStyle(FontFace face, int referencePixels) {
        this.face = face;
        this.referencePixels = referencePixels;
    }

    /**
     * The physical pixel size this style needs at {@code scale} (physical pixels per reference
     * pixel) on a screen of {@code density} physical pixels per density-independent pixel.
     */
    public int pixelsAt(float scale, float density) {
        float safeDensity = positiveOr(density, 1f);
        float safeScale = positiveOr(scale, safeDensity);
        int pixels = Math.round(referencePixels * safeScale);
        return Math.max(minimumPixels(safeDensity), Math.min(pixels, Math.round(MAX_DENSITY_PIXELS * safeDensity)));
    }

    /** The smallest physical pixel size any text may have at {@code density}. */
    public static int minimumPixels(float density) {
        return Math.max(1, (int) Math.ceil(MIN_DENSITY_PIXELS * positiveOr(density, 1f) - 0.01f));
    }

    private static float positiveOr(float value, float fallback) {
        return (value > 0f && !Float.isNaN(value) && !Float.isInfinite(value)) ? value : fallback;
    }
}
