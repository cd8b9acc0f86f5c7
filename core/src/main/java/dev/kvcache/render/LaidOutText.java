package dev.kvcache.render;

import com.badlogic.gdx.graphics.Texture;
import com.badlogic.gdx.graphics.g2d.BitmapFont;
import com.badlogic.gdx.graphics.g2d.BitmapFont.Glyph;
import com.badlogic.gdx.graphics.g2d.GlyphLayout;
import com.badlogic.gdx.graphics.g2d.GlyphLayout.GlyphRun;
import com.badlogic.gdx.graphics.g2d.Batch;

/**
 * One text laid out once in one font, width and alignment: its glyph quads relative to the point
 * it is drawn at, ready to be copied into the batch at any position and colour. Reused for other
 * texts when this one is no longer drawn (see {@link TextLayouts}).
 */
final class LaidOutText {
    /** Floats per glyph kept: x, y, x2, y2, u, v, u2, v2 (the layout {@link GlyphSink} takes). */
    static final int GLYPH_FLOATS = 8;
    /** Floats per glyph in a SpriteBatch: four vertices of x, y, colour, u, v. */
    static final int VERTEX_FLOATS = 20;

    /** The text's characters: a plain array, which never reallocates for a character past Latin-1 (as a builder would). */
    private char[] chars = new char[32];
    private int length;
    BitmapFont font;
    float wrapWidth;
    int align;
    int hash;
    float width;
    float height;
    /** The frame this text was last drawn or measured in. */
    int lastUsed;
    /** The next text with the same hash. */
    LaidOutText next;
    private Texture texture;
    private float[] quads = new float[GLYPH_FLOATS * 32];
    private int glyphs;

    boolean matches(CharSequence text, BitmapFont wantedFont, float wantedWrap, int wantedAlign) {
        if (font != wantedFont || wrapWidth != wantedWrap || align != wantedAlign || length != text.length()) {
            return false;
        }
        for (int i = length - 1; i >= 0; i--) {
            if (chars[i] != text.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    /** The longest text this one holds without growing its arrays. */
    int capacity() {
        return Math.min(chars.length, quads.length / GLYPH_FLOATS);
    }

    /**
     * Becomes {@code text} laid out by {@code layout} (already set to it), each line starting on a
     * whole pixel with its baseline on a whole pixel row, so a text drawn at a whole pixel has
     * crisp horizontal strokes on every line. Along a line glyphs keep their exact advances (a
     * distance field draws them as sharp at any fraction of a pixel, and spacing stays even).
     */
    void set(CharSequence text, BitmapFont newFont, float newWrap, int newAlign, int newHash, GlyphLayout layout) {
        length = text.length();
        if (length > capacity()) {
            // A glyph per character at most: both arrays grow together, once.
            int room = Math.max(length, capacity() * 2);
            chars = new char[room];
            quads = new float[room * GLYPH_FLOATS];
        }
        for (int i = 0; i < length; i++) {
            chars[i] = text.charAt(i);
        }
        font = newFont;
        wrapWidth = newWrap;
        align = newAlign;
        hash = newHash;
        width = layout.width;
        height = layout.height;
        texture = newFont.getRegion().getTexture();
        glyphs = 0;
        BitmapFont.BitmapFontData data = newFont.getData();
        float scaleX = data.scaleX;
        float scaleY = data.scaleY;
        for (int r = 0; r < layout.runs.size; r++) {
            GlyphRun run = layout.runs.get(r);
            float penX = Math.round(run.x);
            // BitmapFontCache puts a glyph at (ascent + run.y + yoffset); its baseline is capHeight
            // under run.y: move the line so that baseline lands on a whole pixel.
            float baseline = run.y - data.capHeight;
            float lineY = data.ascent + run.y + (Math.round(baseline) - baseline);
            float[] advances = run.xAdvances.items;
            for (int i = 0; i < run.glyphs.size; i++) {
                penX += advances[i];
                Glyph glyph = run.glyphs.get(i);
                if (glyph.width == 0 || glyph.height == 0) {
                    continue;
                }
                float x = penX + glyph.xoffset * scaleX;
                float y = lineY + glyph.yoffset * scaleY;
                add(x, y, x + glyph.width * scaleX, y + glyph.height * scaleY, glyph);
            }
        }
    }

    private void add(float x, float y, float x2, float y2, Glyph glyph) {
        int at = glyphs * GLYPH_FLOATS;
        if (at + GLYPH_FLOATS > quads.length) {
            float[] grown = new float[quads.length * 2];
            System.arraycopy(quads, 0, grown, 0, at);
            quads = grown;
        }
        quads[at] = x;
        quads[at + 1] = y;
        quads[at + 2] = x2;
        quads[at + 3] = y2;
        quads[at + 4] = glyph.u;
        quads[at + 5] = glyph.v;
        quads[at + 6] = glyph.u2;
        quads[at + 7] = glyph.v2;
        glyphs++;
    }

    /** Glyph quads drawn (spaces have none). */
    int glyphCount() {
        return glyphs;
    }

    /**
     * Draws the quads, moved by ({@code dx}, {@code dy}) and coloured {@code colourBits}: handed over
     * as they are to a {@link GlyphSink}, else expanded into {@code buffer} and on to {@code batch},
     * {@code buffer.length / VERTEX_FLOATS} glyphs at a time.
     */
    void drawInto(Batch batch, float[] buffer, float dx, float dy, float colourBits) {
        if (batch instanceof GlyphSink) {
            ((GlyphSink) batch).glyphs(texture, quads, glyphs, dx, dy, colourBits);
            return;
        }
        int filled = 0;
        for (int g = 0; g < glyphs; g++) {
            if (filled + VERTEX_FLOATS > buffer.length) {
                batch.draw(texture, buffer, 0, filled);
                filled = 0;
            }
            filled = putGlyph(buffer, filled, quads, g, dx, dy, colourBits, 0f);
        }
        if (filled > 0) {
            batch.draw(texture, buffer, 0, filled);
        }
    }

    /**
     * Writes glyph {@code g} of {@code quads} ({@link #GLYPH_FLOATS} floats each) into {@code out} at
     * {@code at} as a SpriteBatch quad's four vertices, moved by ({@code dx}, {@code dy}), coloured
     * {@code colourBits}, with {@code uShift} added to its texture's u (a {@link GlyphSink}'s edge
     * rate; 0 for none). Returns the offset after it.
     */
    static int putGlyph(float[] out, int at, float[] quads, int g, float dx, float dy, float colourBits,
            float uShift) {
        int from = g * GLYPH_FLOATS;
        float x = quads[from] + dx;
        float y = quads[from + 1] + dy;
        float x2 = quads[from + 2] + dx;
        float y2 = quads[from + 3] + dy;
        float u = quads[from + 4] + uShift;
        float v = quads[from + 5];
        float u2 = quads[from + 6] + uShift;
        float v2 = quads[from + 7];
        // As BitmapFontCache lays a glyph out: v is the bottom edge of an unflipped glyph.
        int next = vertex(out, at, x, y, colourBits, u, v);
        next = vertex(out, next, x, y2, colourBits, u, v2);
        next = vertex(out, next, x2, y2, colourBits, u2, v2);
        return vertex(out, next, x2, y, colourBits, u2, v);
    }

    private static int vertex(float[] buffer, int at, float x, float y, float colour, float u, float v) {
        buffer[at] = x;
        buffer[at + 1] = y;
        buffer[at + 2] = colour;
        buffer[at + 3] = u;
        buffer[at + 4] = v;
        return at + 5;
    }
}
