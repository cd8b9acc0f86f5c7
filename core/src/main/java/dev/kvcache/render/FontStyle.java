package dev.kvcache.render;

/**
 * The text styles the app draws, with their size in pixels at the reference window (1600x1000).
 * Sizes scale with the window but never drop below a readable minimum.
 */
public enum FontStyle {
    SMALL(FontFace.REGULAR, 12),
    BODY(FontFace.REGULAR, 14),
    LABEL(FontFace.BOLD, 13),
    HEADING(FontFace.BOLD, 17),
    TITLE(FontFace.BOLD, 26),
    BANNER(FontFace.BOLD, 40);

    /** Smallest size in physical pixels that stays legible on a phone (px). */
    public static final int MIN_PIXELS = 10;

    public final FontFace face;
    public final int referencePixels;

    FontStyle(FontFace face, int referencePixels) {
        this.face = face;
        this.referencePixels = referencePixels;
    }

    /** The pixel size this style needs when the scene is drawn at {@code scale} x the reference. */
    public int pixelsAt(float scale) {
        float safeScale = (scale > 0f && !Float.isNaN(scale)) ? scale : 1f;
        int pixels = Math.round(referencePixels * safeScale);
        return Math.max(MIN_PIXELS, Math.min(pixels, 160));
    }
}
