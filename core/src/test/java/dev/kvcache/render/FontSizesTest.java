package dev.kvcache.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * Text is never under 12 CSS px at any device pixel ratio from 1 to 4: the distance-field fonts
 * are made at exactly the size a style asks for, on the desktop and in the browser alike.
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
    void theReferenceSizesAreUnchanged() {
        for (FontStyle style : FontStyle.values()) {
            assertEquals(style.referencePixels, style.pixelsAt(1f, 1f), style.name());
        }
    }
}
