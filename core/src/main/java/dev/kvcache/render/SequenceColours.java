package dev.kvcache.render;

import com.badlogic.gdx.graphics.Color;

/**
 * 32 colours, one per batch slot. The first eight (blue, cyan, pink, green, yellow, orange, aqua,
 * lime) stay far apart in OKLab for normal vision and for simulated protanopia, deuteranopia and
 * tritanopia, so a batch of up to 8 never shows two neighbouring hues; the other 24 stay apart for
 * normal vision. None takes the weights' purple, the FlashAttention ghost's red, or the greys of
 * free, reserved and workspace memory. Chosen by greedy max-min search (SequenceColoursTest checks
 * the distances and keeps any edit honest).
 */
public final class SequenceColours {
    public static final int COUNT = 32;
    /** How many leading colours stay distinct under colour-vision deficiencies too. */
    public static final int DISTINCT_FOR_ALL = 8;
    private static final int[] RGB = {
        0x608fdd, 0x1cb7d7, 0xf3659d, 0x8bdf98, 0xe2c73f, 0xde9c50, 0x77fff6, 0xe8f075,
        0x218c00, 0x00ff00, 0x315aff, 0xad4a7b, 0x108484, 0x3ace29, 0x6ba573, 0x9cb5ff,
        0xffbd94, 0xb5ff19, 0x9cbd4a, 0xbd738c, 0xde94ad, 0x00ff9c, 0x00c5a5, 0x84e642,
        0xa5ffb5, 0x007bde, 0x299cad, 0x6b8c3a, 0xffde9c, 0x00de84, 0x637bff, 0x52adff,
    };
    private static final Color[] COLOURS = new Color[COUNT];

    static {
        for (int i = 0; i < COUNT; i++) {
            COLOURS[i] = Palette.rgb(RGB[i]);
        }
    }

    private SequenceColours() {
    }

    /** The colour of batch slot {@code slot} (wraps for out-of-range slots). */
    public static Color of(int slot) {
        return COLOURS[Math.floorMod(slot, COUNT)];
    }

    /** The colour of batch slot {@code slot} as 0xRRGGBB. */
    public static int rgbOf(int slot) {
        return RGB[Math.floorMod(slot, COUNT)];
    }
}
