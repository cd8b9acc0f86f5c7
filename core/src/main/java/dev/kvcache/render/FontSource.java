package dev.kvcache.render;

import com.badlogic.gdx.graphics.g2d.BitmapFont;

/**
 * Supplies crisp fonts for each style at the current scale. The desktop renders them with FreeType
 * at exactly the size needed; the browser picks the nearest size baked at build time.
 */
public interface FontSource {
    /** Sets the scene scale (1 = the 1600x1000 reference) in physical pixels; may rebuild fonts. */
    void setScale(float scale);

    /** The font for a style at the current scale; the same instance until the scale changes. */
    BitmapFont get(FontStyle style);

    void dispose();
}
