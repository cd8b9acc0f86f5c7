package dev.kvcache.render;

import com.badlogic.gdx.graphics.g2d.BitmapFont;

/**
 * Supplies a font for each style at the current scale, at exactly the pixel size it needs (see
 * {@link AtlasFontSource}: distance-field glyphs, sharp at any size).
 */
public interface FontSource {
    /**
     * Sets the layout's scale (physical pixels per reference pixel, see {@link ScreenLayout#scale()})
     * and the screen's density (physical pixels per CSS pixel); may make fonts.
     */
    void setScale(float scale, float density);

    /** The font for a style at the current scale; the same instance until the scale changes. */
    BitmapFont get(FontStyle style);

    /** The physical pixel size (em) of the style's font as drawn. */
    int pixels(FontStyle style);

    void dispose();
}
