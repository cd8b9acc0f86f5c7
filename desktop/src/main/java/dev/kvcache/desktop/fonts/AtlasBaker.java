package dev.kvcache.desktop.fonts;

import com.badlogic.gdx.utils.GdxNativesLoader;
import dev.kvcache.render.FontCharacters;
import dev.kvcache.render.FontFace;
import dev.kvcache.render.UiAtlas;
import java.awt.image.BufferedImage;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;

/**
 * Build step for both launchers: renders every {@link FontFace} with FreeType, turns each glyph into
 * a distance field ({@link DistanceField}) and packs both faces and a white block into the one page
 * of the {@link UiAtlas}, written as a PNG and one BMFont file per face.
 *
 * <p>Usage: {@code AtlasBaker <assets/fonts dir> <output assets dir>}; writes the paths the
 * atlas names ({@code atlas/ui.png}, {@code atlas/<face>.fnt}) under the output folder.
 */
public final class AtlasBaker {
    /**
     * Distance-field reach each side of an outline, texels: wide enough for a 1-px edge at a third of
     * the stored size. The shader reads it too (its edge rate), so it is the atlas's own constant.
     */
    static final float SPREAD = UiAtlas.FIELD_SPREAD;
    /**
     * Field kept round each glyph's ink, texels, and so the margin of each glyph's quad: two thirds
     * of the spread. The shader's edge fades out 0.65 px outside the outline, and a border texel 3.5
     * texels out shades to nothing for text down to 8 px (12 px is the smallest the app draws at a
     * ratio of 1); a wider block only adds pixels that shade to nothing, and in software GL text
     * pixels are the dearest of a frame (html/perf/floor/glyph.html). It took a quarter off a 13 px
     * glyph's quad.
     */
    static final int PAD = 4;
    private static final int PAGE_WIDTH = 1024;
    private static final int GAP = 2;

    private AtlasBaker() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            System.err.println("usage: AtlasBaker <ttf folder> <output assets folder>");
            System.exit(2);
        }
        GdxNativesLoader.load();
        File out = new File(args[1]);
        int glyphs = bake(new File(args[0]), out);
        System.out.println("AtlasBaker: " + glyphs + " glyphs in " + new File(out, UiAtlas.PAGE_FILE));
    }

    /** Bakes the atlas from the TTF files in {@code ttfDir} into {@code outRoot}; returns the glyph count. */
    public static int bake(File ttfDir, File outRoot) throws IOException {
        List<FaceGlyphs> faces = new ArrayList<>();
        for (FontFace face : FontFace.values()) {
            byte[] ttf = Files.readAllBytes(new File(ttfDir, new File(face.ttfPath).getName()).toPath());
            try (GlyphRaster raster = new GlyphRaster(ttf, UiAtlas.FONT_PIXELS, PAD, SPREAD)) {
                faces.add(FaceGlyphs.render(face, raster));
            }
        }
        List<AtlasGlyph> all = new ArrayList<>();
        for (FaceGlyphs face : faces) {
            all.addAll(face.glyphs);
        }
        int[] widths = new int[all.size()];
        int[] heights = new int[all.size()];
        for (int i = 0; i < all.size(); i++) {
            widths[i] = all.get(i).width();
            heights[i] = all.get(i).height();
        }
        int[] corners = new ShelfPacker(PAGE_WIDTH, GAP, UiAtlas.WHITE_TEXELS).pack(widths, heights);
        int pageHeight = ShelfPacker.pageHeight(corners, heights, UiAtlas.WHITE_TEXELS);
        File page = new File(outRoot, UiAtlas.PAGE_FILE);
        Files.createDirectories(page.getParentFile().toPath());
        ImageIO.write(image(all, corners, pageHeight), "png", page);
        int first = 0;
        for (FaceGlyphs face : faces) {
            int count = face.glyphs.size();
            int[] faceCorners = new int[count * 2];
            System.arraycopy(corners, first * 2, faceCorners, 0, count * 2);
            first += count;
            File fnt = new File(outRoot, face.face.fontFile);
            String name = fnt.getName().substring(0, fnt.getName().lastIndexOf('.'));
            String text = BmFontWriter.write(name, UiAtlas.FONT_PIXELS, PAD, face.metrics, face.glyphs, faceCorners,
                    page.getName(), PAGE_WIDTH, pageHeight, face.kernings, UiAtlas.WHITE_TEXELS + 1, 0);
            Files.write(fnt.toPath(), text.getBytes(StandardCharsets.UTF_8));
        }
        return all.size();
    }

    /** The page: white everywhere, coverage in alpha (the white block opaque, each glyph its field). */
    private static BufferedImage image(List<AtlasGlyph> glyphs, int[] corners, int pageHeight) {
        BufferedImage image = new BufferedImage(PAGE_WIDTH, pageHeight, BufferedImage.TYPE_INT_ARGB);
        int[] pixels = new int[PAGE_WIDTH * pageHeight];
        java.util.Arrays.fill(pixels, 0x00ffffff);
        for (int y = 0; y < UiAtlas.WHITE_TEXELS; y++) {
            for (int x = 0; x < UiAtlas.WHITE_TEXELS; x++) {
                pixels[y * PAGE_WIDTH + x] = 0xffffffff;
            }
        }
        for (int i = 0; i < glyphs.size(); i++) {
            AtlasGlyph glyph = glyphs.get(i);
            byte[] levels = glyph.levels();
            for (int y = 0; y < glyph.height(); y++) {
                for (int x = 0; x < glyph.width(); x++) {
                    int alpha = levels[y * glyph.width() + x] & 0xff;
                    pixels[(corners[2 * i + 1] + y) * PAGE_WIDTH + corners[2 * i] + x] = (alpha << 24) | 0xffffff;
                }
            }
        }
        image.setRGB(0, 0, PAGE_WIDTH, pageHeight, pixels, 0, PAGE_WIDTH);
        return image;
    }

    /** One face's glyphs (every character of {@link FontCharacters#ALL} it has), metrics and kernings. */
    private static final class FaceGlyphs {
        final FontFace face;
        final List<AtlasGlyph> glyphs = new ArrayList<>();
        final List<BmFontWriter.Kerning> kernings = new ArrayList<>();
        BmFontWriter.Metrics metrics;

        private FaceGlyphs(FontFace face) {
            this.face = face;
        }

        static FaceGlyphs render(FontFace face, GlyphRaster raster) {
            FaceGlyphs result = new FaceGlyphs(face);
            String chars = FontCharacters.ALL;
            for (int i = 0; i < chars.length(); i++) {
                AtlasGlyph glyph = raster.glyph(chars.charAt(i));
                if (glyph != null) {
                    result.glyphs.add(glyph);
                }
            }
            for (AtlasGlyph first : result.glyphs) {
                for (AtlasGlyph second : result.glyphs) {
                    int amount = raster.kerning((char) first.id(), (char) second.id());
                    if (amount != 0) {
                        result.kernings.add(new BmFontWriter.Kerning(first.id(), second.id(), amount));
                    }
                }
            }
            float space = 0f;
            for (AtlasGlyph glyph : result.glyphs) {
                if (glyph.id() == ' ') {
                    space = glyph.advance();
                }
            }
            result.metrics = new BmFontWriter.Metrics(raster.ascender(), raster.descender(), raster.lineHeight(),
                    raster.outlineHeight('M'), raster.outlineHeight('x'), space);
            return result;
        }
    }
}
