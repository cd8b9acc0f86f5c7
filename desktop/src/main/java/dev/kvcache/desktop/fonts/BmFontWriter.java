package dev.kvcache.desktop.fonts;

import java.util.List;

/**
 * Writes one face of the atlas in the BMFont text format that libGDX's {@code BitmapFontData}
 * reads, with its {@code metrics} line so the face keeps FreeType's unrounded ascent, line height
 * and spacing. Every glyph block carries {@code pad} texels of distance field round its ink, which
 * the padding line tells libGDX to leave out of text widths.
 */
final class BmFontWriter {
    /** The face's measures at the atlas size, texels. */
    record Metrics(float ascender, float descender, float lineHeight, float capHeight, float xHeight,
            float spaceAdvance) {
    }

    /** A kerning pair: {@code amount} texels between {@code first} and {@code second}. */
    record Kerning(int first, int second, int amount) {
    }

    private BmFontWriter() {
    }

    /**
     * The file for {@code glyphs}, where glyph i's block sits at {@code (corners[2i], corners[2i+1])}
     * of a {@code pageWidth} x {@code pageHeight} page; empty glyphs point at {@code emptyX, emptyY},
     * a texel with no coverage.
     */
    static String write(String face, int pixels, int pad, Metrics metrics, List<AtlasGlyph> glyphs, int[] corners,
            String pageFile, int pageWidth, int pageHeight, List<Kerning> kernings, int emptyX, int emptyY) {
        StringBuilder out = new StringBuilder(32 * 1024);
        out.append("info face=\"").append(face).append("\" size=").append(pixels)
                .append(" bold=0 italic=0 charset=\"\" unicode=1 stretchH=100 smooth=1 aa=1 padding=")
                .append(pad).append(',').append(pad).append(',').append(pad).append(',').append(pad)
                .append(" spacing=0,0\n");
        // BMFont's "base" is the distance from the line top to the baseline, a whole number of texels.
        int base = (int) Math.ceil(metrics.ascender());
        out.append("common lineHeight=").append(Math.round(metrics.lineHeight())).append(" base=").append(base)
                .append(" scaleW=").append(pageWidth).append(" scaleH=").append(pageHeight)
                .append(" pages=1 packed=0\n");
        out.append("page id=0 file=\"").append(pageFile).append("\"\n");
        out.append("chars count=").append(glyphs.size()).append('\n');
        for (int i = 0; i < glyphs.size(); i++) {
            AtlasGlyph glyph = glyphs.get(i);
            boolean empty = glyph.isEmpty();
            out.append("char id=").append(glyph.id())
                    .append(" x=").append(empty ? emptyX : corners[2 * i])
                    .append(" y=").append(empty ? emptyY : corners[2 * i + 1])
                    .append(" width=").append(glyph.width()).append(" height=").append(glyph.height())
                    .append(" xoffset=").append(glyph.left())
                    // BMFont's yoffset runs down from the line top to the block's top.
                    .append(" yoffset=").append(empty ? 0 : base - glyph.top())
                    .append(" xadvance=").append(Math.round(glyph.advance()))
                    .append(" page=0 chnl=0\n");
        }
        // The kernings header must precede the metrics line, or BitmapFontData skips the metrics.
        out.append("kernings count=").append(kernings.size()).append('\n');
        for (Kerning kerning : kernings) {
            out.append("kerning first=").append(kerning.first()).append(" second=").append(kerning.second())
                    .append(" amount=").append(kerning.amount()).append('\n');
        }
        // libGDX places a glyph at (line top + ascent - BMFont yoffset): with ascent = base - capHeight,
        // the baseline lands capHeight under the y a text is drawn at, as with FreeType's own fonts.
        out.append("metrics ascent=").append(base - metrics.capHeight())
                .append(" descent=").append(metrics.descender())
                .append(" down=").append(-metrics.lineHeight())
                .append(" capHeight=").append(metrics.capHeight())
                .append(" lineHeight=").append(metrics.lineHeight())
                .append(" spaceXAdvance=").append(metrics.spaceAdvance())
                .append(" xHeight=").append(metrics.xHeight()).append('\n');
        return out.toString();
    }
}
