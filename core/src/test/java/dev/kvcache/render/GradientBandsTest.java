package dev.kvcache.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.badlogic.gdx.graphics.Color;
import org.junit.jupiter.api.Test;

/** The background's bands are the rows of a smooth gradient rounded to 8 bits: exact, few and covering. */
class GradientBandsTest {
    private final GradientBands bands = new GradientBands();

    @Test
    void everyRowHasTheColourTheSmoothGradientRoundsToThere() {
        for (int rows : new int[] {1, 2, 7, 100, 1000, 2160, 4320}) {
            bands.layout(rows, Palette.BACKGROUND_BOTTOM, Palette.BACKGROUND_TOP);
            int covered = 0;
            for (int i = 0; i < bands.count(); i++) {
                assertEquals(covered, bands.bottom(i), "bands follow each other with no gap at " + rows + " rows");
                for (int row = bands.bottom(i); row < bands.bottom(i) + bands.rows(i); row++) {
                    assertEquals(smooth(row, rows), bands.rgb(i), "row " + row + " of " + rows);
                }
                covered += bands.rows(i);
            }
            assertEquals(rows, covered, "the bands cover the window");
        }
    }

    @Test
    void theBackgroundTakesAFewDozenClearsAtAnyHeight() {
        bands.layout(4320, Palette.BACKGROUND_BOTTOM, Palette.BACKGROUND_TOP);
        // 0x05060c to 0x0b0f1e: 6 + 9 + 18 level changes at most, and here they fall on 18 + 1 rows or more.
        assertTrue(bands.count() >= 19 && bands.count() <= 34, bands.count() + " bands");
        assertEquals(0x05060c, bands.rgb(0));
        assertEquals(0x0b0f1e, bands.rgb(bands.count() - 1));
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
}
