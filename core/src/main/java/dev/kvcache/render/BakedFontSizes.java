package dev.kvcache.render;

/** The pixel sizes baked for the browser, which has no FreeType: it picks the nearest one. */
public final class BakedFontSizes {
    /** Pixel sizes covering FontStyle sizes from a phone (10 px) to a 4K window (~100 px). */
    public static final int[] PIXELS = {10, 11, 12, 13, 14, 16, 18, 20, 22, 26, 30, 34, 40, 48, 56, 64, 80, 100};

    private BakedFontSizes() {
    }
}
