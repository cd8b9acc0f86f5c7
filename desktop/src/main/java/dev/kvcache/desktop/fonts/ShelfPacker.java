package dev.kvcache.desktop.fonts;

import java.util.Arrays;
import java.util.Comparator;

/**
 * Places rectangles on a page of fixed width in shelves, tallest first, with a gap between them so
 * linear filtering never reads a neighbour; the first shelf starts after a block kept free at the
 * top-left corner (the atlas's white block). Plain Java, tested on its own.
 */
final class ShelfPacker {
    private final int pageWidth;
    private final int gap;
    private final int reserved;

    /** A page {@code pageWidth} wide, {@code gap} texels between rectangles, a {@code reserved}-texel square kept at (0, 0). */
    ShelfPacker(int pageWidth, int gap, int reserved) {
        this.pageWidth = pageWidth;
        this.gap = gap;
        this.reserved = reserved;
    }

    /**
     * Top-left corners for rectangles of the given sizes, as {@code [x0, y0, x1, y1, ...]} in the
     * order given (y down from the page top); throws when one is wider than the page.
     */
    int[] pack(int[] widths, int[] heights) {
        Integer[] order = new Integer[widths.length];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        Arrays.sort(order, Comparator.comparingInt((Integer i) -> -heights[i]).thenComparingInt(i -> i));
        int[] corners = new int[widths.length * 2];
        int x = reserved + gap;
        int y = 0;
        int shelfHeight = reserved;
        for (int i : order) {
            if (widths[i] > pageWidth) {
                throw new IllegalArgumentException("a " + widths[i] + "-texel glyph is wider than the page");
            }
            if (x + widths[i] > pageWidth) {
                y += shelfHeight + gap;
                x = 0;
                shelfHeight = 0;
            }
            corners[2 * i] = x;
            corners[2 * i + 1] = y;
            x += widths[i] + gap;
            shelfHeight = Math.max(shelfHeight, heights[i]);
        }
        return corners;
    }

    /** The height used by rectangles placed at {@code corners}, rounded up to a power of two. */
    static int pageHeight(int[] corners, int[] heights, int reserved) {
        int used = reserved;
        for (int i = 0; i < heights.length; i++) {
            used = Math.max(used, corners[2 * i + 1] + heights[i]);
        }
        int page = 1;
        while (page < used) {
            page *= 2;
        }
        return page;
    }
}
