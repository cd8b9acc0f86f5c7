package dev.kvcache.desktop.fonts;

import com.badlogic.gdx.files.FileHandle;
import com.badlogic.gdx.graphics.Pixmap;
import com.badlogic.gdx.graphics.PixmapIO;
import com.badlogic.gdx.graphics.g2d.PixmapPacker;
import com.badlogic.gdx.graphics.g2d.freetype.FreeTypeFontGenerator.FreeTypeBitmapFontData;
import com.badlogic.gdx.graphics.g2d.freetype.FreeTypeFontGenerator.FreeTypeFontParameter;
import com.badlogic.gdx.graphics.g2d.freetype.FreeTypeFontGenerator;
import com.badlogic.gdx.utils.Array;
import com.badlogic.gdx.utils.GdxNativesLoader;
import dev.kvcache.render.BakedFontSizes;
import dev.kvcache.render.FontFace;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;

/**
 * Build step for the browser: renders every {@link FontFace} at every {@link BakedFontSizes} size
 * with the same FreeType settings as the desktop, and writes BMFont text files plus PNG pages.
 *
 * <p>Usage: {@code FontBaker <assets/fonts dir> <output dir>}.
 */
public final class FontBaker {
    private static final int PAGE_SIZE = 1024;

    private FontBaker() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            System.err.println("usage: FontBaker <ttf folder> <output folder>");
            System.exit(2);
        }
        File ttfDir = new File(args[0]);
        File outDir = new File(args[1]);
        GdxNativesLoader.load();
        int written = bakeAll(ttfDir, outDir);
        System.out.println("FontBaker: wrote " + written + " fonts to " + outDir);
    }

    /** Bakes every face and size; returns the number of fonts written. */
    public static int bakeAll(File ttfDir, File outDir) throws IOException {
        Files.createDirectories(outDir.toPath());
        int count = 0;
        for (FontFace face : FontFace.values()) {
            File ttf = new File(ttfDir, new File(face.ttfPath).getName());
            FreeTypeFontGenerator generator = new FreeTypeFontGenerator(new FileHandle(ttf));
            try {
                for (int pixels : BakedFontSizes.PIXELS) {
                    bake(generator, face.bakedStem + "-" + pixels, pixels, outDir);
                    count++;
                }
            } finally {
                generator.dispose();
            }
        }
        return count;
    }

    private static void bake(FreeTypeFontGenerator generator, String name, int pixels, File outDir)
            throws IOException {
        PixmapPacker packer = new PixmapPacker(PAGE_SIZE, PAGE_SIZE, Pixmap.Format.RGBA8888, 1, false);
        FreeTypeFontParameter parameter = FreeTypeFontSource.parameters(pixels);
        parameter.packer = packer;
        FreeTypeBitmapFontData data = generator.generateData(parameter);
        Array<PixmapPacker.Page> pages = packer.getPages();
        String[] pageFiles = new String[pages.size];
        for (int i = 0; i < pages.size; i++) {
            pageFiles[i] = name + (pages.size == 1 ? "" : "_" + i) + ".png";
            PixmapIO.writePNG(new FileHandle(new File(outDir, pageFiles[i])), pages.get(i).getPixmap());
        }
        String fnt = BmFontWriter.write(data, name, pixels, PAGE_SIZE, pageFiles);
        Files.write(new File(outDir, name + ".fnt").toPath(), fnt.getBytes(StandardCharsets.UTF_8));
        packer.dispose();
    }
}
