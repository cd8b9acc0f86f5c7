package dev.kvcache.render;

import com.badlogic.gdx.graphics.Texture;

/**
 * A batch that takes laid-out glyphs in their compact form and makes their vertices itself, so a
 * label's glyphs are copied once a frame rather than expanded into a buffer and copied again (in
 * the browser each copy of every glyph is script time; see {@link FillKindBatch}).
 */
interface GlyphSink {
    /**
     * Draws {@code count} glyphs of {@code quads}, eight floats each ({@code x, y, x2, y2, u, v, u2, v2},
     * v the bottom edge as BitmapFontCache lays a glyph out), moved by ({@code dx}, {@code dy}) and
     * coloured {@code colourBits}, from {@code texture}.
     */
    void glyphs(Texture texture, float[] quads, int count, float dx, float dy, float colourBits);
}
