package dev.kvcache.render;

import com.badlogic.gdx.graphics.Color;
import com.badlogic.gdx.math.MathUtils;

/**
 * Three translucent sine waves behind the scene, blue to purple; they move faster and swell as
 * memory pressure rises, so a full GPU looks agitated at a glance. Each wave is a strip of
 * trapezoids whose neighbours share their edges, with a core band and two halos that fade to
 * nothing: smooth and anti-aliased at any size, written into one array reused every frame.
 */
public final class BackgroundWaves {
    /**
     * Segments across the screen at full detail for the wave with the most periods (3): 27 a period,
     * a chord sagging under 1% of the amplitude. The other waves take as many per period, not 80 each:
     * in software GL every small quad costs about a microsecond before its pixels.
     */
    public static final int SEGMENTS = 80;
    /** Quads per segment: the lower halo, the core band and the upper halo. */
    public static final int QUADS_PER_SEGMENT = 3;
    private static final int WAVES = 3;
    private static final int QUAD_FLOATS = 20;
    private static final Color[] COLOURS = {Palette.rgb(0x3b5bdb), Palette.rgb(0x5f3dc4), Palette.rgb(0x862e9c)};
    private final float[] vertices = new float[WAVES * SEGMENTS * QUADS_PER_SEGMENT * QUAD_FLOATS];
    private int floatCount;
    private float phase;

    /** Advances the waves by {@code seconds} of animation time at memory {@code pressure} (0-1+). */
    public void advance(float seconds, float pressure) {
        float speed = 0.6f + 2.4f * clamp01(pressure);
        phase += seconds * speed;
        if (phase > MathUtils.PI2 * 1000f) {
            phase -= MathUtils.PI2 * 1000f;
        }
    }

    /**
     * Draws the strips in one call into the frame's batch; {@code detail} below 1 uses fewer
     * segments on small or slow screens.
     */
    public void draw(FlatPainter painter, float x, float y, float width, float height, float pressure,
            float detail) {
        build(x, y, width, height, pressure, detail);
        painter.quads(vertices, floatCount);
    }

    /** Lays the strips out in {@link #vertices()} and returns how many floats hold this frame's quads. */
    int build(float x, float y, float width, float height, float pressure, float detail) {
        float amplitude = height * (0.05f + 0.06f * clamp01(pressure));
        float core = height * 0.024f;
        // Wide enough to blur the edge over more than a pixel at any size (the anti-aliasing), and
        // with the core no taller than the old 5%-of-height columns, so no more pixels to fill.
        float halo = Math.max(1.5f, height * 0.012f);
        float alpha = 0.10f + 0.05f * clamp01(pressure);
        int offset = 0;
        for (int wave = 0; wave < WAVES; wave++) {
            float baseline = y + height * (0.30f + 0.18f * wave);
            int segments = segments(wave, detail);
            float step = width / segments;
            float frequency = periods(wave) * MathUtils.PI2 / Math.max(1f, width);
            float wavePhase = phase * (1f + 0.35f * wave) + wave * 1.9f;
            Color colour = COLOURS[wave];
            float solid = Color.toFloatBits(colour.r, colour.g, colour.b, alpha);
            float clear = Color.toFloatBits(colour.r, colour.g, colour.b, 0f);
            float leftX = x;
            float leftCrest = baseline + amplitude * MathUtils.sin(wavePhase);
            for (int segment = 1; segment <= segments; segment++) {
                float rightX = x + segment * step;
                float rightCrest = baseline + amplitude * MathUtils.sin(segment * step * frequency + wavePhase);
                float leftLow = leftCrest - core / 2f;
                float rightLow = rightCrest - core / 2f;
                float leftHigh = leftCrest + core / 2f;
                float rightHigh = rightCrest + core / 2f;
                offset = quad(offset, leftX, rightX, leftLow - halo, rightLow - halo, clear, leftLow, rightLow, solid);
                offset = quad(offset, leftX, rightX, leftLow, rightLow, solid, leftHigh, rightHigh, solid);
                offset = quad(offset, leftX, rightX, leftHigh, rightHigh, solid, leftHigh + halo, rightHigh + halo,
                        clear);
                leftX = rightX;
                leftCrest = rightCrest;
            }
        }
        floatCount = offset;
        return offset;
    }

    /** Periods of wave {@code wave} across the screen: 1.6, 2.3 and 3. */
    static float periods(int wave) {
        return 1.6f + 0.7f * wave;
    }

    /** Segments of wave {@code wave} at {@code detail}: as many per period for every wave, fewer below full detail. */
    static int segments(int wave, float detail) {
        float share = periods(wave) / periods(WAVES - 1) * Math.max(0.25f, detail);
        return Math.max(8, Math.min(SEGMENTS, Math.round(SEGMENTS * share)));
    }

    /** The vertex array the last {@link #build} filled: the same array every frame. */
    float[] vertices() {
        return vertices;
    }

    /** A trapezoid from {@code left} to {@code right}, its bottom and top edges each sloped. */
    private int quad(int offset, float left, float right, float leftBottom, float rightBottom, float bottomColour,
            float leftTop, float rightTop, float topColour) {
        int at = put(offset, left, leftBottom, bottomColour);
        at = put(at, left, leftTop, topColour);
        at = put(at, right, rightTop, topColour);
        return put(at, right, rightBottom, bottomColour);
    }

    private int put(int offset, float x, float y, float colour) {
        vertices[offset] = x;
        vertices[offset + 1] = y;
        vertices[offset + 2] = colour;
        vertices[offset + 3] = FlatPainter.FLAT;
        vertices[offset + 4] = FlatPainter.FLAT;
        return offset + 5;
    }

    private static float clamp01(float value) {
        if (!(value > 0f)) {
            return 0f;
        }
        return Math.min(value, 1f);
    }
}
