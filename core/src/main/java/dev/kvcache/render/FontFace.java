package dev.kvcache.render;

/** The two TTF faces shipped in {@code assets/fonts/}; every text on screen uses one of them. */
public enum FontFace {
    REGULAR("fonts/DejaVuSans.ttf", "atlas/dejavu-sans.fnt"),
    BOLD("fonts/DejaVuSans-Bold.ttf", "atlas/dejavu-sans-bold.fnt");

    /** Path of the TTF inside the assets folder (read at build time only). */
    public final String ttfPath;
    /** Path of the face's glyph data in the {@link UiAtlas}, a BMFont text file. */
    public final String fontFile;

    FontFace(String ttfPath, String fontFile) {
        this.ttfPath = ttfPath;
        this.fontFile = fontFile;
    }
}
