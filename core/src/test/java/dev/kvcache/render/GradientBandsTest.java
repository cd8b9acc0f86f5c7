package dev.kvcache.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.badlogic.gdx.graphics.Color;
import org.junit.jupiter.api.Test;

/** The background's bands stay within one 8-bit level of the smooth gradient, are few and cover the window. */
class GradientBandsTest {
    private final GradientBands bands = new GradientBands();

    @Test
    void everyRowIsWithinOneLevelOfTheSmoothGradient() {
        for (int rows : new int[] {1, 2, 7, 100, 1000, 2160, 4320}) {
            bands.layout(rows, Palette.BACKGROUND_BOTTOM, Palette.BACKGROUND_TOP);
            int covered = 0;
            for (int i = 0; i < bands.count(); i++) {
                assertEquals(covered, bands.bottom(i), "bands follow each other with no gap at " + rows + " rows");
                for (int row = bands.bottom(i); row < bands.bottom(i) + bands.rows(i); row++) {
                    assertWithinOneLevel(smooth(row, rows), bands.rgb(i), "row " + row + " of " + rows);
                }
                covered += bands.rows(i);
            }
            assertEquals(rows, covered, "the bands cover the window");
        }
    }

    @Test
    void theBackgroundTakesAtMostTwelveClearsAndRunsDarkToLight() {
        bands.layout(4320, Palette.BACKGROUND_BOTTOM, Palette.BACKGROUND_TOP);
        assertEquals(GradientBands.MAX_BANDS, bands.count());
        for (int i = 1; i < bands.count(); i++) {
            assertTrue((bands.rgb(i) & 0xff) > (bands.rgb(i - 1) & 0xff), "blue rises band after band");
        }
        assertWithinOneLevel(0x05060c, bands.rgb(0), "bottom");
        assertWithinOneLevel(0x0b0f1e, bands.rgb(bands.count() - 1), "top");
    }

    @Test
    void aFlatGradientIsOneClear() {
        bands.layout(1000, Color.NAVY, Color.NAVY);
        assertEquals(1, bands.count());
        assertEquals(1000, bands.rows(0));
    }

    @Test
    void anEmptyOrNegativeWindowHasNoBands() {
        bands.layout(0, Color.BLACK, Color.WHITE);
        assertEquals(0, bands.count());
        bands.layout(-5, Color.BLACK, Color.WHITE);
        assertEquals(0, bands.count());
    }

    /** What a quad shading bottom to top gives at the centre of {@code row}, rounded to 8 bits a channel. */
    private static int smooth(int row, int rows) {
        float t = rows == 1 ? 0f : (row + 0.5f) / rows;
        Color bottom = Palette.BACKGROUND_BOTTOM;
        Color top = Palette.BACKGROUND_TOP;
        return Math.round((bottom.r + (top.r - bottom.r) * t) * 255f) << 16
                | Math.round((bottom.g + (top.g - bottom.g) * t) * 255f) << 8
                | Math.round((bottom.b + (top.b - bottom.b) * t) * 255f);
    }

    private static void assertWithinOneLevel(int expected, int actual, String where) {
        for (int shift = 0; shift <= 16; shift += 8) {
            int difference = Math.abs((expected >> shift & 0xff) - (actual >> shift & 0xff));
            assertTrue(difference <= 1, where + ": 0x" + Integer.toHexString(actual) + " against 0x"
                    + Integer.toHexString(expected));
        }
    }
}
