package dev.kvcache.render;

/**
 * The pixel sizes baked for the browser, which has no FreeType. Every multiple of the 12 px floor
 * for device pixel ratios 1, 1.25, 1.5, 2, 2.5, 3, 3.5 and 4 is here (12, 15, 18, 24, 30, 36, 42,
 * 48), so phone text is never rounded below its floor nor scaled (scaling a bitmap font blurs it);
 * in between, steps of about 10% up to the largest banner of a 4K or ratio-4 screen.
 */
public final class BakedFontSizes {
    public static final int[] PIXELS = {10, 11, 12, 13, 14, 15, 16, 18, 20, 22, 24, 26, 28, 30, 33, 36, 39, 42, 45,
        48, 52, 56, 60, 66, 72, 80, 90, 100, 110, 120};

    private BakedFontSizes() {
    }
}
