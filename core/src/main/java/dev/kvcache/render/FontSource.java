package dev.kvcache.render;

import com.badlogic.gdx.graphics.g2d.BitmapFont;

/**
 * Supplies crisp fonts for each style at the current scale. The desktop renders them with FreeType
 * at exactly the size needed; the browser picks among the sizes baked at build time.
 */
public interface FontSource {
    /**
     * Sets the layout's scale (physical pixels per reference pixel, see {@link ScreenLayout#scale()})
     * and the screen's density (physical pixels per CSS pixel); may make fonts.
     */
    void setScale(float scale, float density);

    /** The font for a style at the current scale; the same instance until the scale changes. */
    BitmapFont get(FontStyle style);

    /** The physical pixel size (em) the style's font was made at, as drawn (no font scaling). */
    int pixels(FontStyle style);

    void dispose();
}
