package dev.kvcache.render;

import com.badlogic.gdx.graphics.Color;

/**
 * A vertical gradient as the few bands of rows that share one 8-bit colour. The window's background
 * shades only a handful of levels per channel (0x05060c to 0x0b0f1e: 6, 9 and 18 steps), so these
 * bands are exactly the rows a smooth gradient rounds to, and each can be drawn with a scissored
 * clear, which writes pixels without running a shader: in software GL a full-window textured quad
 * costs as much as all the rest of a frame. Plain Java: worked out on resize, read every frame.
 */
public final class GradientBands {
    /** At most one band per level of each channel, plus the first. */
    private static final int MAX_BANDS = 3 * 256 + 1;
    private final int[] bottoms = new int[MAX_BANDS];
    private final int[] colours = new int[MAX_BANDS];
    private int count;
    private int height;

    /** Splits {@code rows} rows shading from {@code bottom} (row 0) to {@code top} into bands. */
    public void layout(int rows, Color bottom, Color top) {
        height = Math.max(0, rows);
        count = 0;
        int previous = -1;
        for (int row = 0; row < height; row++) {
            // The colour at the row's centre, as a quad's interpolation would give it.
            float t = height == 1 ? 0f : (row + 0.5f) / height;
            int colour = rgb888(bottom.r + (top.r - bottom.r) * t, bottom.g + (top.g - bottom.g) * t,
                    bottom.b + (top.b - bottom.b) * t);
            if (colour != previous && count < MAX_BANDS) {
                bottoms[count] = row;
                colours[count] = colour;
                count++;
                previous = colour;
            }
        }
    }

    /** Bands laid out; 0 before {@link #layout} or for an empty window. */
    public int count() {
        return count;
    }

    /** First row of band {@code index}, counted from the bottom. */
    public int bottom(int index) {
        return bottoms[index];
    }

    /** Rows in band {@code index}. */
    public int rows(int index) {
        return (index + 1 < count ? bottoms[index + 1] : height) - bottoms[index];
    }

    /** Colour of band {@code index} as 0xRRGGBB. */
    public int rgb(int index) {
        return colours[index];
    }

    private static int rgb888(float r, float g, float b) {
        return channel(r) << 16 | channel(g) << 8 | channel(b);
    }

    private static int channel(float value) {
        return Math.max(0, Math.min(255, Math.round(value * 255f)));
    }
}
