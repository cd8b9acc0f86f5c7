package dev.kvcache.render;

import com.badlogic.gdx.graphics.g2d.BitmapFont;
import com.badlogic.gdx.graphics.g2d.BitmapFontCache;
import com.badlogic.gdx.graphics.g2d.GlyphLayout;
import com.badlogic.gdx.graphics.g2d.TextureRegion;

/**
 * A distance-field font whose caches (the ones Scene2D labels, buttons and fields draw through)
 * start each text on a whole pixel with its baseline on a pixel row, and move it by whole pixels.
 * A label centred in its cell otherwise sits at a fraction of a pixel, and at 12 px the bar of an
 * "e" smears over two rows. Glyphs themselves keep their exact size: rounding each glyph's corners,
 * as libGDX's integer positions do, would stretch a scaled glyph by up to a pixel.
 */
final class PixelSnappedFont extends BitmapFont {
    PixelSnappedFont(BitmapFontData data, TextureRegion page) {
        super(data, page, false);
    }

    @Override
    public BitmapFontCache newFontCache() {
        return new SnappedCache(this);
    }

    /** Text laid into a cache with its pen rounded; see the font. */
    private static final class SnappedCache extends BitmapFontCache {
        SnappedCache(BitmapFont font) {
            super(font, false);
        }

        @Override
        public void addText(GlyphLayout layout, float x, float y) {
            // Text drawn at y has its first baseline capHeight lower; the font's line height is whole.
            float baseline = y - getFont().getCapHeight();
            super.addText(layout, Math.round(x), y + (Math.round(baseline) - baseline));
        }

        @Override
        public void translate(float xAmount, float yAmount) {
            super.translate(Math.round(xAmount), Math.round(yAmount));
        }
    }
}
