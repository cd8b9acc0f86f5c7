package dev.kvcache.render;

/** The two TTF faces shipped in {@code assets/fonts/}; every text on screen uses one of them. */
public enum FontFace {
    REGULAR("fonts/DejaVuSans.ttf", "dejavu-sans"),
    BOLD("fonts/DejaVuSans-Bold.ttf", "dejavu-sans-bold");

    /** Path of the TTF inside the assets folder. */
    public final String ttfPath;
    /** Stem of the baked bitmap font files: {@code fonts/baked/<stem>-<px>.fnt}. */
    public final String bakedStem;

    FontFace(String ttfPath, String bakedStem) {
        this.ttfPath = ttfPath;
        this.bakedStem = bakedStem;
    }
}
