package dev.kvcache.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * Text is never under 12 CSS px at any device pixel ratio from 1 to 4, on the desktop (exact
 * FreeType sizes) and in the browser (a baked size is chosen, never scaled, never below the floor).
 */
class FontSizesTest {
    @Test
    void everyStyleIsAtLeastTwelveDensityPixels() {
        for (float density = 1f; density <= 4f; density += 0.25f) {
            for (float fit = ScreenLayout.MIN_FIT; fit <= 5f; fit += 0.05f) {
                for (FontStyle style : FontStyle.values()) {
                    int pixels = style.pixelsAt(density * fit, density);
                    assertTrue(pixels >= 12 * density - 0.01f, style + " " + pixels + " px at ratio " + density);
                }
            }
        }
    }

    @Test
    void theBrowserPicksABakedSizeAtOrAboveTheFloor() {
        for (float density = 1f; density <= 4f; density += 0.25f) {
            int minimum = FontStyle.minimumPixels(density);
            for (FontStyle style : FontStyle.values()) {
                int wanted = style.pixelsAt(density * ScreenLayout.MIN_FIT, density);
                int baked = BakedFontSource.bakedSize(wanted, minimum);
                assertTrue(baked >= minimum, style + " baked " + baked + " under the floor " + minimum);
                assertTrue(baked <= Math.max(wanted, minimum) * 1.15f, style + " baked " + baked + " far above "
                        + wanted + " at ratio " + density);
                assertTrue(contains(BakedFontSizes.PIXELS, baked), baked + " is baked");
            }
        }
    }

    @Test
    void theFloorsOfCommonRatiosAreBakedExactly() {
        for (float density : new float[] {1f, 1.25f, 1.5f, 2f, 2.5f, 3f, 3.5f, 4f}) {
            int floor = FontStyle.minimumPixels(density);
            assertEquals(floor, BakedFontSource.bakedSize(floor, floor), "ratio " + density);
        }
    }

    @Test
    void theReferenceSizesAreUnchanged() {
        for (FontStyle style : FontStyle.values()) {
            assertEquals(style.referencePixels, style.pixelsAt(1f, 1f), style.name());
        }
    }

    private static boolean contains(int[] values, int value) {
        for (int v : values) {
            if (v == value) {
                return true;
            }
        }
        return false;
    }
}
