package dev.kvcache.render;

import com.badlogic.gdx.graphics.Color;

/**
 * 32 distinguishable colours, one per batch slot: 16 hues in two lightness bands, skipping the
 * purple of the weights and the red of the FlashAttention ghost so neither is ever mistaken for a
 * sequence.
 */
public final class SequenceColours {
    public static final int COUNT = 32;
    private static final Color[] COLOURS = new Color[COUNT];

    static {
        // Hues (degrees) from orange round to blue-violet, avoiding 265-330 (purple) and 345-15 (red).
        float[] hues = {28, 45, 60, 78, 100, 125, 150, 170, 185, 200, 215, 230, 245, 258, 335, 18};
        for (int i = 0; i < COUNT; i++) {
            float hue = hues[i % hues.length];
            boolean bright = i < hues.length;
            COLOURS[i] = fromHsv(hue, bright ? 0.70f : 0.55f, bright ? 0.95f : 0.70f);
        }
    }

    private SequenceColours() {
    }

    /** The colour of batch slot {@code slot} (wraps for out-of-range slots). */
    public static Color of(int slot) {
        return COLOURS[Math.floorMod(slot, COUNT)];
    }

    static Color fromHsv(float hueDegrees, float saturation, float value) {
        float h = (hueDegrees % 360f) / 60f;
        int sector = (int) Math.floor(h);
        float f = h - sector;
        float p = value * (1 - saturation);
        float q = value * (1 - saturation * f);
        float t = value * (1 - saturation * (1 - f));
        switch (sector) {
            case 0:
                return new Color(value, t, p, 1f);
            case 1:
                return new Color(q, value, p, 1f);
            case 2:
                return new Color(p, value, t, 1f);
            case 3:
                return new Color(p, q, value, 1f);
            case 4:
                return new Color(t, p, value, 1f);
            default:
                return new Color(value, p, q, 1f);
        }
    }
}
