package dev.kvcache.desktop.fonts;

/**
 * Signed distance fields of two-colour images, for the distance-field font. Distances come from the
 * exact Euclidean distance transform of Felzenszwalb and Huttenlocher ("Distance Transforms of
 * Sampled Functions", 2012): two passes of a lower envelope of parabolas, linear in the pixel
 * count, where a brute-force search would cost the spread squared per pixel. Plain Java, so a test
 * checks it against shapes whose distances are known.
 */
final class DistanceField {
    /** Squared distance standing for "no such pixel": far beyond any glyph, still finite in float. */
    static final float FAR = 1e20f;

    private DistanceField() {
    }

    /**
     * Squared distance from each pixel centre to the nearest centre of a pixel that is
     * {@code wanted} in {@code image} (row-major, {@code width} x {@code height}); {@link #FAR} or
     * more when there is none.
     */
    static float[] squaredDistances(boolean[] image, int width, int height, boolean wanted) {
        float[] grid = new float[width * height];
        for (int i = 0; i < grid.length; i++) {
            grid[i] = image[i] == wanted ? 0f : FAR;
        }
        int longest = Math.max(width, height);
        float[] line = new float[longest];
        float[] out = new float[longest];
        int[] parabolas = new int[longest];
        float[] bounds = new float[longest + 1];
        for (int x = 0; x < width; x++) {
            for (int y = 0; y < height; y++) {
                line[y] = grid[y * width + x];
            }
            transform(line, height, out, parabolas, bounds);
            for (int y = 0; y < height; y++) {
                grid[y * width + x] = out[y];
            }
        }
        for (int y = 0; y < height; y++) {
            System.arraycopy(grid, y * width, line, 0, width);
            transform(line, width, out, parabolas, bounds);
            System.arraycopy(out, 0, grid, y * width, width);
        }
        return grid;
    }

    /**
     * One dimension of the transform: {@code out[q] = min over p of (q - p)^2 + f[p]}, found as the
     * lower envelope of the parabolas rooted at every p.
     */
    private static void transform(float[] f, int n, float[] out, int[] parabolas, float[] bounds) {
        int k = 0;
        parabolas[0] = 0;
        bounds[0] = -Float.MAX_VALUE;
        bounds[1] = Float.MAX_VALUE;
        for (int q = 1; q < n; q++) {
            float s = intersection(f, q, parabolas[k]);
            while (s <= bounds[k]) {
                k--;
                s = intersection(f, q, parabolas[k]);
            }
            k++;
            parabolas[k] = q;
            bounds[k] = s;
            bounds[k + 1] = Float.MAX_VALUE;
        }
        k = 0;
        for (int q = 0; q < n; q++) {
            while (bounds[k + 1] < q) {
                k++;
            }
            int p = parabolas[k];
            out[q] = (q - p) * (float) (q - p) + f[p];
        }
    }

    /** Where the parabola rooted at {@code q} crosses the one rooted at {@code p} (p < q). */
    private static float intersection(float[] f, int q, int p) {
        return ((f[q] + (float) q * q) - (f[p] + (float) p * p)) / (2f * q - 2f * p);
    }

    /**
     * The signed distance (pixels, positive inside) from each pixel centre to the shape's outline,
     * which runs halfway between an inside and an outside pixel centre: so a straight edge's
     * distances are exact, and a corner's are off by at most half a pixel.
     */
    static float[] signed(boolean[] inside, int width, int height) {
        float[] toInside = squaredDistances(inside, width, height, true);
        float[] toOutside = squaredDistances(inside, width, height, false);
        float[] result = new float[width * height];
        for (int i = 0; i < result.length; i++) {
            result[i] = inside[i] ? (float) Math.sqrt(toOutside[i]) - 0.5f : 0.5f - (float) Math.sqrt(toInside[i]);
        }
        return result;
    }

    /**
     * Shrinks a signed field {@code factor} times in each direction: each output pixel is the mean of
     * the {@code factor} x {@code factor} pixels it covers (the field at its centre, exactly where the
     * field is linear), in output pixels. Width and height must be multiples of {@code factor}.
     */
    static float[] shrink(float[] field, int width, int height, int factor) {
        int outWidth = width / factor;
        int outHeight = height / factor;
        float[] out = new float[outWidth * outHeight];
        float divisor = (float) factor * factor * factor;
        for (int oy = 0; oy < outHeight; oy++) {
            for (int ox = 0; ox < outWidth; ox++) {
                float sum = 0f;
                for (int y = oy * factor; y < (oy + 1) * factor; y++) {
                    for (int x = ox * factor; x < (ox + 1) * factor; x++) {
                        sum += field[y * width + x];
                    }
                }
                out[oy * outWidth + ox] = sum / divisor;
            }
        }
        return out;
    }

    /**
     * A distance as an 8-bit level: the outline at 127.5 (so the shader's 0.5 threshold), one level
     * per {@code 1 / (2 * spread)} pixels, clamped to 0 beyond {@code spread} outside and to 255
     * beyond {@code spread} inside.
     */
    static int level(float distance, float spread) {
        float value = 0.5f + distance / (2f * spread);
        return Math.max(0, Math.min(255, Math.round(value * 255f)));
    }
}
