package dev.kvcache.desktop.fonts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;

/** The distance field against shapes whose distances are known exactly, and against brute force. */
class DistanceFieldTest {
    @Test
    void squaredDistancesAreExactOnARandomImage() {
        Random random = new Random(7);
        int width = 37;
        int height = 23;
        boolean[] image = new boolean[width * height];
        for (int i = 0; i < image.length; i++) {
            image[i] = random.nextInt(9) == 0;
        }
        float[] fast = DistanceField.squaredDistances(image, width, height, true);
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                long best = Long.MAX_VALUE;
                for (int j = 0; j < height; j++) {
                    for (int i = 0; i < width; i++) {
                        if (image[j * width + i]) {
                            best = Math.min(best, (long) (x - i) * (x - i) + (long) (y - j) * (y - j));
                        }
                    }
                }
                assertEquals(best, fast[y * width + x], 0f, "(" + x + ", " + y + ")");
            }
        }
    }

    @Test
    void aStraightEdgeHasExactSignedDistances() {
        // Columns 10 to 29 inside: the outline runs at x = 10 and x = 30 (pixel edges).
        int width = 40;
        int height = 5;
        boolean[] band = new boolean[width * height];
        for (int y = 0; y < height; y++) {
            for (int x = 10; x < 30; x++) {
                band[y * width + x] = true;
            }
        }
        float[] field = DistanceField.signed(band, width, height);
        for (int x = 0; x < width; x++) {
            float centre = x + 0.5f;
            float expected = centre < 10 ? centre - 10 : centre > 30 ? 30 - centre : Math.min(centre - 10, 30 - centre);
            assertEquals(expected, field[2 * width + x], 1e-5f, "column " + x);
        }
    }

    @Test
    void aDiscIsWithinHalfAPixelOfItsRadius() {
        int size = 64;
        float radius = 20f;
        boolean[] disc = new boolean[size * size];
        for (int y = 0; y < size; y++) {
            for (int x = 0; x < size; x++) {
                disc[y * size + x] = Math.hypot(x + 0.5 - 32, y + 0.5 - 32) <= radius;
            }
        }
        float[] field = DistanceField.signed(disc, size, size);
        for (int y = 0; y < size; y++) {
            for (int x = 0; x < size; x++) {
                double expected = radius - Math.hypot(x + 0.5 - 32, y + 0.5 - 32);
                assertEquals(expected, field[y * size + x], 0.75, "(" + x + ", " + y + ")");
            }
        }
    }

    @Test
    void shrinkingKeepsALinearFieldExactInTheNewPixels() {
        // A field rising one source pixel per column: shrunk 4 times, a quarter per output column.
        int width = 16;
        int height = 8;
        float[] ramp = new float[width * height];
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                ramp[y * width + x] = x + 0.5f - 6f;
            }
        }
        float[] shrunk = DistanceField.shrink(ramp, width, height, 4);
        assertEquals(4 * 2, shrunk.length);
        for (int x = 0; x < 4; x++) {
            assertEquals((4 * x + 2f - 6f) / 4f, shrunk[x], 1e-5f, "output column " + x);
            assertEquals(shrunk[x], shrunk[4 + x], 0f, "same on the next row");
        }
    }

    @Test
    void theOutlineIsHalfwayAndTheSpreadReachesTheEnds() {
        assertEquals(128, DistanceField.level(0f, 6f), "the outline at 127.5, rounded up");
        assertEquals(255, DistanceField.level(6f, 6f));
        assertEquals(0, DistanceField.level(-6f, 6f));
        assertEquals(255, DistanceField.level(40f, 6f), "clamped deep inside");
        assertEquals(0, DistanceField.level(-40f, 6f), "clamped far outside");
        assertTrue(DistanceField.level(1f, 6f) - DistanceField.level(0f, 6f) >= 21, "about 21 levels per texel");
    }
}
