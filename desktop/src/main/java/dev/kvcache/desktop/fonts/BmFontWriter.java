package dev.kvcache.desktop.fonts;

import com.badlogic.gdx.graphics.g2d.BitmapFont.BitmapFontData;
import com.badlogic.gdx.graphics.g2d.BitmapFont.Glyph;

/**
 * Writes glyph data in the BMFont text format that libGDX's {@code BitmapFont} reads, plus its
 * {@code metrics} line so the browser's font has exactly the desktop's ascent, line height and
 * spacing.
 */
final class BmFontWriter {
    private BmFontWriter() {
    }

    static String write(BitmapFontData data, String face, int pixels, int pageSize, String[] pageFiles) {
        StringBuilder out = new StringBuilder(64 * 1024);
        out.append("info face=\"").append(face).append("\" size=").append(pixels)
                .append(" bold=0 italic=0 charset=\"\" unicode=1 stretchH=100 smooth=1 aa=1")
                .append(" padding=0,0,0,0 spacing=1,1\n");
        // BMFont's "base" is the distance from the line top to the baseline.
        int base = Math.round(data.capHeight + Math.abs(data.ascent));
        out.append("common lineHeight=").append(Math.round(data.lineHeight)).append(" base=").append(base)
                .append(" scaleW=").append(pageSize).append(" scaleH=").append(pageSize)
                .append(" pages=").append(pageFiles.length).append(" packed=0\n");
        for (int i = 0; i < pageFiles.length; i++) {
            out.append("page id=").append(i).append(" file=\"").append(pageFiles[i]).append("\"\n");
        }
        int glyphCount = 0;
        StringBuilder chars = new StringBuilder();
        StringBuilder kernings = new StringBuilder();
        int kerningCount = 0;
        for (Glyph[] page : data.glyphs) {
            if (page == null) {
                continue;
            }
            for (Glyph glyph : page) {
                if (glyph == null) {
                    continue;
                }
                glyphCount++;
                // libGDX stores yoffset as -(height + fileYOffset) for an unflipped font.
                int fileYOffset = -glyph.yoffset - glyph.height;
                chars.append("char id=").append(glyph.id).append(" x=").append(glyph.srcX)
                        .append(" y=").append(glyph.srcY).append(" width=").append(glyph.width)
                        .append(" height=").append(glyph.height).append(" xoffset=").append(glyph.xoffset)
                        .append(" yoffset=").append(fileYOffset).append(" xadvance=").append(glyph.xadvance)
                        .append(" page=").append(glyph.page).append(" chnl=0\n");
                kerningCount += appendKernings(glyph, kernings);
            }
        }
        out.append("chars count=").append(glyphCount).append('\n').append(chars);
        // The kernings header must precede the metrics line, or BitmapFont skips the metrics.
        out.append("kernings count=").append(kerningCount).append('\n').append(kernings);
        out.append("metrics ascent=").append(data.ascent).append(" descent=").append(data.descent)
                .append(" down=").append(data.down).append(" capHeight=").append(data.capHeight)
                .append(" lineHeight=").append(data.lineHeight).append(" spaceXAdvance=")
                .append(data.spaceXadvance).append(" xHeight=").append(data.xHeight).append('\n');
        return out.toString();
    }

    private static int appendKernings(Glyph glyph, StringBuilder out) {
        if (glyph.kerning == null) {
            return 0;
        }
        int count = 0;
        for (int page = 0; page < glyph.kerning.length; page++) {
            byte[] amounts = glyph.kerning[page];
            if (amounts == null) {
                continue;
            }
            for (int i = 0; i < amounts.length; i++) {
                if (amounts[i] != 0) {
                    int second = page * 512 + i;
                    out.append("kerning first=").append(glyph.id).append(" second=").append(second)
                            .append(" amount=").append(amounts[i]).append('\n');
                    count++;
                }
            }
        }
        return count;
    }
}
