package dev.kvcache.desktop.fonts;

/**
 * One glyph's distance field and metrics at the atlas size, in texels: {@code levels} is
 * {@code width} x {@code height}, row 0 at the top; {@code left} and {@code top} place that block
 * from the pen position on the baseline (the block includes {@code pad} texels of field around the
 * ink); {@code advance} is unrounded. An empty glyph (a space) has no texels, only an advance.
 */
record AtlasGlyph(int id, int width, int height, int left, int top, float advance, byte[] levels) {
    boolean isEmpty() {
        return width == 0 || height == 0;
    }
}
