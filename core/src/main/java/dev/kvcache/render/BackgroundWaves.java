package dev.kvcache.render;

import com.badlogic.gdx.graphics.Color;
import com.badlogic.gdx.math.MathUtils;

/**
 * Three translucent sine waves behind the scene, blue to purple; they move faster and swell as
 * memory pressure rises, so a full GPU looks agitated at a glance.
 */
public final class BackgroundWaves {
    private static final int WAVES = 3;
    private static final Color[] COLOURS = {Palette.rgb(0x3b5bdb), Palette.rgb(0x5f3dc4), Palette.rgb(0x862e9c)};
    private final Color tint = new Color();
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
     * Draws each wave as vertical slivers {@code columnWidth} px wide (no per-frame allocation);
     * {@code detail} below 1 draws coarser columns on small or slow screens.
     */
    public void draw(FlatPainter painter, float x, float y, float width, float height, float pressure,
            float detail) {
        float columnWidth = Math.max(3f, 5f / Math.max(0.25f, detail));
        float amplitude = height * (0.05f + 0.06f * clamp01(pressure));
        for (int wave = 0; wave < WAVES; wave++) {
            float baseline = y + height * (0.30f + 0.18f * wave);
            float frequency = (1.6f + 0.7f * wave) * MathUtils.PI2 / Math.max(1f, width);
            float wavePhase = phase * (1f + 0.35f * wave) + wave * 1.9f;
            tint.set(COLOURS[wave]);
            tint.a = 0.10f + 0.05f * clamp01(pressure);
            for (float column = 0; column < width; column += columnWidth) {
                float crest = baseline + amplitude * MathUtils.sin(column * frequency + wavePhase);
                float thickness = height * 0.05f;
                painter.rect(x + column, crest - thickness / 2f, columnWidth + 0.5f, thickness, tint);
            }
        }
    }

    private static float clamp01(float value) {
        if (!(value > 0f)) {
            return 0f;
        }
        return Math.min(value, 1f);
    }
}
