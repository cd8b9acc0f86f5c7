package dev.kvcache.desktop.fonts;

import com.badlogic.gdx.graphics.g2d.freetype.FreeType;
import java.nio.ByteBuffer;

/**
 * One TTF face rendered by FreeType, unhinted, {@link #SUPERSAMPLE} times larger than the atlas
 * stores it, each glyph turned into a signed distance field at the atlas size. Metrics come from
 * the font's own units (no pixel rounding), in atlas texels.
 */
final class GlyphRaster implements AutoCloseable {
    /** Rendered this many times the atlas size: the outline's position is then known to 1/8 texel. */
    static final int SUPERSAMPLE = 8;
    /** Coverage (of 255) from which a rendered pixel counts as inside the outline: half covered. */
    private static final int INSIDE = 128;

    private final FreeType.Library library;
    private final FreeType.Face face;
    private final int atlasPixels;
    private final int pad;
    private final float spread;
    /** Texels per font unit at the atlas size. */
    private final float texelsPerUnit;

    /**
     * {@code atlasPixels} is the em size stored; each glyph's field reaches {@code spread} texels
     * each side of the outline, inside a block with {@code pad} texels round the ink.
     */
    GlyphRaster(byte[] ttf, int atlasPixels, int pad, float spread) {
        this.atlasPixels = atlasPixels;
        this.pad = pad;
        this.spread = spread;
        library = FreeType.initFreeType();
        face = library.newMemoryFace(ttf, ttf.length, 0);
        if (face == null || !face.setPixelSizes(0, atlasPixels * SUPERSAMPLE)) {
            throw new IllegalStateException("FreeType could not open the face at " + atlasPixels * SUPERSAMPLE + " px");
        }
        // y_scale is 16.16 fixed point: font units to 26.6 pixels at the rendered size.
        texelsPerUnit = face.getSize().getMetrics().getYscale() / 65536f / 64f / SUPERSAMPLE;
    }

    /** Distance from the baseline up to the top of the line, texels. */
    float ascender() {
        return face.getAscender() * texelsPerUnit;
    }

    /** Distance from the baseline down to the bottom of the line, texels (negative). */
    float descender() {
        return face.getDescender() * texelsPerUnit;
    }

    /** Baseline to baseline, texels. */
    float lineHeight() {
        return face.getHeight() * texelsPerUnit;
    }

    /** Height of a glyph's outline (cap height from 'M', x-height from 'x'), texels; 0 when absent. */
    float outlineHeight(char c) {
        if (face.getCharIndex(c) == 0 || !face.loadChar(c, FreeType.FT_LOAD_NO_HINTING)) {
            return 0f;
        }
        return face.getGlyph().getMetrics().getHeight() / 64f / SUPERSAMPLE;
    }

    /** Kerning between two characters, whole texels (BMFont's unit); 0 when the face has none. */
    int kerning(char first, char second) {
        int left = face.getCharIndex(first);
        int right = face.getCharIndex(second);
        if (left == 0 || right == 0 || !face.hasKerning()) {
            return 0;
        }
        return Math.round(face.getKerning(left, right, FreeType.FT_KERNING_UNFITTED) / 64f / SUPERSAMPLE);
    }

    /** The glyph of {@code c} with its distance field, or null when the face lacks it. */
    AtlasGlyph glyph(char c) {
        if (face.getCharIndex(c) == 0 || !face.loadChar(c, FreeType.FT_LOAD_NO_HINTING)) {
            return null;
        }
        FreeType.GlyphSlot slot = face.getGlyph();
        float advance = slot.getMetrics().getHoriAdvance() / 64f / SUPERSAMPLE;
        if (!slot.renderGlyph(FreeType.FT_RENDER_MODE_NORMAL)) {
            throw new IllegalStateException("FreeType could not render U+" + Integer.toHexString(c));
        }
        FreeType.Bitmap bitmap = slot.getBitmap();
        int inkWidth = bitmap.getWidth();
        int inkRows = bitmap.getRows();
        if (inkWidth == 0 || inkRows == 0) {
            return new AtlasGlyph(c, 0, 0, 0, 0, advance, new byte[0]);
        }
        int inkLeft = slot.getBitmapLeft();
        int inkTop = slot.getBitmapTop();
        // The block's edges on whole texels from the pen position, so every glyph samples the same grid.
        int left = Math.floorDiv(inkLeft, SUPERSAMPLE) - pad;
        int right = -Math.floorDiv(-(inkLeft + inkWidth), SUPERSAMPLE) + pad;
        int top = -Math.floorDiv(-inkTop, SUPERSAMPLE) + pad;
        int bottom = Math.floorDiv(inkTop - inkRows, SUPERSAMPLE) - pad;
        int width = right - left;
        int height = top - bottom;
        int canvasWidth = width * SUPERSAMPLE;
        int canvasHeight = height * SUPERSAMPLE;
        boolean[] inside = new boolean[canvasWidth * canvasHeight];
        ByteBuffer buffer = bitmap.getBuffer();
        int pitch = bitmap.getPitch();
        int offsetX = inkLeft - left * SUPERSAMPLE;
        int offsetY = top * SUPERSAMPLE - inkTop;
        for (int row = 0; row < inkRows; row++) {
            for (int column = 0; column < inkWidth; column++) {
                int coverage = buffer.get(row * pitch + column) & 0xff;
                inside[(row + offsetY) * canvasWidth + column + offsetX] = coverage >= INSIDE;
            }
        }
        float[] field = DistanceField.shrink(DistanceField.signed(inside, canvasWidth, canvasHeight), canvasWidth,
                canvasHeight, SUPERSAMPLE);
        byte[] levels = new byte[field.length];
        for (int i = 0; i < field.length; i++) {
            levels[i] = (byte) DistanceField.level(field[i], spread);
        }
        return new AtlasGlyph(c, width, height, left, top, advance, levels);
    }

    /** The em size the metrics and fields are for, texels. */
    int atlasPixels() {
        return atlasPixels;
    }

    @Override
    public void close() {
        face.dispose();
        library.dispose();
    }
}
