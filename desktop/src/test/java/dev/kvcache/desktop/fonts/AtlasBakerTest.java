package dev.kvcache.desktop.fonts;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.badlogic.gdx.files.FileHandle;
import com.badlogic.gdx.graphics.g2d.BitmapFont.BitmapFontData;
import com.badlogic.gdx.graphics.g2d.BitmapFont.Glyph;
import com.badlogic.gdx.utils.GdxNativesLoader;
import dev.kvcache.render.FontCharacters;
import dev.kvcache.render.FontFace;
import dev.kvcache.render.UiAtlas;
import java.awt.image.BufferedImage;
import java.io.File;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The baked atlas as libGDX reads it: one page for both faces, every character the app prints in
 * each face, glyph blocks apart from each other and from the white corner, metrics in the TTF's
 * proportions, and each glyph a distance field (far outside its outline at the block's border, so
 * an edge's ramp is never cut off, and crossing the outline inside).
 */
class AtlasBakerTest {
    @TempDir
    static File out;
    private static BufferedImage page;
    private static final List<BitmapFontData> FACES = new ArrayList<>();

    @BeforeAll
    static void bake() throws Exception {
        GdxNativesLoader.load();
        AtlasBaker.bake(new File(System.getProperty("kvcache.assets", "../assets"), "fonts"), out);
        page = ImageIO.read(new File(out, UiAtlas.PAGE_FILE));
        for (FontFace face : FontFace.values()) {
            FACES.add(new BitmapFontData(new FileHandle(new File(out, face.fontFile)), false));
        }
    }

    @Test
    void bothFacesShareTheOnePage() {
        String[] pages = FACES.get(0).getImagePaths();
        assertEquals(1, pages.length);
        assertTrue(pages[0].endsWith(UiAtlas.PAGE_FILE), pages[0]);
        assertArrayEquals(pages, FACES.get(1).getImagePaths());
    }

    @Test
    void everyCharacterTheAppPrintsIsInBothFaces() {
        for (BitmapFontData face : FACES) {
            for (char c : FontCharacters.ALL.toCharArray()) {
                assertNotNull(face.getGlyph(c), "U+" + Integer.toHexString(c) + " in " + face.name);
            }
        }
    }

    @Test
    void glyphBlocksLieOnThePageApartFromEachOtherAndTheWhiteCorner() {
        List<Glyph> blocks = new ArrayList<>();
        for (BitmapFontData face : FACES) {
            for (char c : FontCharacters.ALL.toCharArray()) {
                Glyph glyph = face.getGlyph(c);
                if (glyph.height > 0) {
                    blocks.add(glyph);
                }
            }
        }
        int corner = UiAtlas.WHITE_TEXELS;
        for (int i = 0; i < blocks.size(); i++) {
            Glyph a = blocks.get(i);
            assertTrue(a.srcX >= 0 && a.srcY >= 0 && a.srcX + a.width <= page.getWidth()
                    && a.srcY + a.height <= page.getHeight(), "on the page: " + a);
            assertFalse(a.srcX < corner && a.srcY < corner, "clear of the white corner: " + a);
            for (int j = 0; j < i; j++) {
                Glyph b = blocks.get(j);
                boolean apart = a.srcX + a.width <= b.srcX || b.srcX + b.width <= a.srcX
                        || a.srcY + a.height <= b.srcY || b.srcY + b.height <= a.srcY;
                assertTrue(apart, a + " and " + b);
            }
        }
    }

    @Test
    void theWhiteCornerIsOpaqueWhite() {
        for (int y = 0; y < UiAtlas.WHITE_TEXELS; y++) {
            for (int x = 0; x < UiAtlas.WHITE_TEXELS; x++) {
                assertEquals(0xffffffff, page.getRGB(x, y), "(" + x + ", " + y + ")");
            }
        }
    }

    /**
     * Far enough outside the outline that the shader's edge (coverage 0 at 0.65 px out) leaves it
     * clear for text of 8 px and up: the field there is below 0.5 - 0.65 x (40/8 texels a pixel)
     * x (1/12 a texel), level 58; 12 px is the smallest the app draws at a ratio of 1.
     */
    private static final int FAR_OUTSIDE = (int) (255 * (0.5 - 0.65 * (UiAtlas.FONT_PIXELS / 8.0)
            / (2.0 * UiAtlas.FIELD_SPREAD)));

    @Test
    void eachGlyphIsFarOutsideItsOutlineAtItsBorderAndCrossesItInside() {
        for (BitmapFontData face : FACES) {
            for (char c : FontCharacters.ALL.toCharArray()) {
                Glyph glyph = face.getGlyph(c);
                if (glyph.height == 0) {
                    continue;
                }
                for (int y = 0; y < glyph.height; y++) {
                    assertTrue(alpha(glyph.srcX, glyph.srcY + y) <= FAR_OUTSIDE, c + " left border");
                    assertTrue(alpha(glyph.srcX + glyph.width - 1, glyph.srcY + y) <= FAR_OUTSIDE, c + " right border");
                }
                int max = 0;
                for (int x = 0; x < glyph.width; x++) {
                    assertTrue(alpha(glyph.srcX + x, glyph.srcY) <= FAR_OUTSIDE, c + " top border");
                    assertTrue(alpha(glyph.srcX + x, glyph.srcY + glyph.height - 1) <= FAR_OUTSIDE, c + " bottom border");
                    for (int y = 0; y < glyph.height; y++) {
                        max = Math.max(max, alpha(glyph.srcX + x, glyph.srcY + y));
                    }
                }
                assertTrue(max > 128, c + " has texels inside its outline in " + face.name + ": " + max);
            }
        }
    }

    @Test
    void metricsKeepTheFacesProportions() {
        // DejaVu Sans: cap height 1493 and line height 2384 font units of a 2048-unit em.
        float em = UiAtlas.FONT_PIXELS;
        for (BitmapFontData face : FACES) {
            assertEquals(1493f / 2048f * em, face.capHeight, 0.3f, face.name + " cap height");
            assertEquals(2384f / 2048f * em, face.lineHeight, 0.3f, face.name + " line height");
        }
        assertEquals(Math.round(1303f / 2048f * em), FACES.get(0).getGlyph('0').xadvance, "digit advance, regular");
    }

    private static int alpha(int x, int y) {
        return page.getRGB(x, y) >>> 24;
    }
}
