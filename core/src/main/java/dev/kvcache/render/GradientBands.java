package dev.kvcache.render;

import com.badlogic.gdx.graphics.Color;

/**
 * A vertical gradient as a few bands of one colour each, no channel more than one 8-bit level from
 * the smooth gradient at any row: the window's background shades only a handful of levels per
 * channel (0x05060c to 0x0b0f1e: 6, 9 and 18 steps), so a dozen bands look the same. Each band is
 * drawn with a scissored clear, which writes pixels without running a shader: in software GL a
 * full-window textured quad cost as much as all the rest of a frame, while a dozen clears cost the
 * browser's script a few hundredths of a millisecond each. Plain Java: worked out on resize.
 */
public final class GradientBands {
    /** Bands at most: three GL calls each per frame. */
    public static final int MAX_BANDS = 12;
    private final int[] bottoms = new int[MAX_BANDS];
    private final int[] colours = new int[MAX_BANDS];
    private int count;
    private int height;

    /**
     * Splits {@code rows} rows shading from {@code bottom} (row 0) to {@code top} into equal bands
     * (as many as the largest channel's steps, at most {@link #MAX_BANDS}), each the colour of the
     * smooth gradient at its middle row; neighbours of one colour merge.
     */
    public void layout(int rows, Color bottom, Color top) {
        height = Math.max(0, rows);
        count = 0;
        if (height == 0) {
            return;
        }
        int steps = Math.max(Math.abs(level(top.r) - level(bottom.r)),
                Math.max(Math.abs(level(top.g) - level(bottom.g)), Math.abs(level(top.b) - level(bottom.b))));
        int bandCount = Math.max(1, Math.min(Math.min(MAX_BANDS, steps + 1), height));
        int previous = -1;
        for (int band = 0; band < bandCount; band++) {
            int first = (int) ((long) height * band / bandCount);
            int last = (int) ((long) height * (band + 1) / bandCount) - 1;
            int colour = colourAt((first + last) / 2, bottom, top);
            if (colour != previous) {
                bottoms[count] = first;
                colours[count] = colour;
                count++;
                previous = colour;
            }
        }
    }

    /** The smooth gradient at the centre of {@code row}, as a quad's interpolation gives it, as 0xRRGGBB. */
    private int colourAt(int row, Color bottom, Color top) {
        float t = height == 1 ? 0f : (row + 0.5f) / height;
        return rgb888(bottom.r + (top.r - bottom.r) * t, bottom.g + (top.g - bottom.g) * t,
                bottom.b + (top.b - bottom.b) * t);
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

    private static int level(float channel) {
        return channel(channel);
    }

    private static int rgb888(float r, float g, float b) {
        return channel(r) << 16 | channel(g) << 8 | channel(b);
    }

    private static int channel(float value) {
        return Math.max(0, Math.min(255, Math.round(value * 255f)));
    }
}
