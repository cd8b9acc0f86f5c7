package dev.kvcache.desktop.fonts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;

/** Packed rectangles stay on the page, clear of each other by the gap, and clear of the reserved corner. */
class ShelfPackerTest {
    @Test
    void rectanglesNeverTouchEachOtherNorTheCorner() {
        Random random = new Random(3);
        int count = 300;
        int[] widths = new int[count];
        int[] heights = new int[count];
        for (int i = 0; i < count; i++) {
            widths[i] = 1 + random.nextInt(60);
            heights[i] = 1 + random.nextInt(60);
        }
        int gap = 2;
        int reserved = 4;
        int[] corners = new ShelfPacker(512, gap, reserved).pack(widths, heights);
        int pageHeight = ShelfPacker.pageHeight(corners, heights, reserved);
        assertEquals(0, pageHeight & (pageHeight - 1), "a power of two: " + pageHeight);
        for (int i = 0; i < count; i++) {
            int x = corners[2 * i];
            int y = corners[2 * i + 1];
            assertTrue(x >= 0 && x + widths[i] <= 512 && y >= 0 && y + heights[i] <= pageHeight, "on the page: " + i);
            assertFalse(overlap(x, y, widths[i], heights[i], 0, 0, reserved, reserved, gap), "clear of the corner: " + i);
            for (int j = 0; j < i; j++) {
                assertFalse(overlap(x, y, widths[i], heights[i], corners[2 * j], corners[2 * j + 1], widths[j],
                        heights[j], gap), i + " and " + j);
            }
        }
    }

    @Test
    void aRectangleWiderThanThePageIsRefused() {
        assertThrows(IllegalArgumentException.class,
                () -> new ShelfPacker(64, 1, 4).pack(new int[] {65}, new int[] {10}));
    }

    /** Whether two rectangles come closer than {@code gap} texels. */
    private static boolean overlap(int x1, int y1, int w1, int h1, int x2, int y2, int w2, int h2, int gap) {
        return x1 < x2 + w2 + gap && x2 < x1 + w1 + gap && y1 < y2 + h2 + gap && y2 < y1 + h1 + gap;
    }
}
