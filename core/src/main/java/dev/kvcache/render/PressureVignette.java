package dev.kvcache.render;

import com.badlogic.gdx.graphics.Color;
import com.badlogic.gdx.math.MathUtils;

/**
 * A red glow creeping in from the window's edges once memory use passes 80%: nothing below, then
 * wider and redder as the GPU fills, strongest when even one GPU's share does not fit. Four
 * gradients through the painter; its slow pulse rides the scene's clock, which reduced motion stops.
 */
public final class PressureVignette {
    /** Usage fraction below which the edges stay clear (the warning panel's "approaching" level). */
    public static final double THRESHOLD = 0.8;
    private static final Color RED = Palette.GHOST;
    private final Color edge = new Color();
    private final Color clear = new Color();

    /**
     * How strong the vignette is at {@code usageFraction}: 0 up to 80%, rising steeply at first to 0.7 at 100% and to 1
     * at 150% and beyond (the weights alone overflow), never decreasing as usage grows.
     */
    public static float strength(double usageFraction) {
        if (!(usageFraction > THRESHOLD)) {
            return 0f;
        }
        if (usageFraction <= 1.0) {
            // A square root: visible soon after 80%, where the warning turns orange, not only near 100%.
            return (float) (0.7 * Math.sqrt((usageFraction - THRESHOLD) / (1.0 - THRESHOLD)));
        }
        return (float) Math.min(1.0, 0.7 + 0.3 * (usageFraction - 1.0) / 0.5);
    }

    /** Draws the edges of a {@code width x height} window at {@code usageFraction}; nothing below 80%. */
    public void draw(FlatPainter painter, float width, float height, double usageFraction, float time) {
        float strength = strength(usageFraction);
        if (strength <= 0f) {
            return;
        }
        float pulse = 0.9f + 0.1f * MathUtils.sin(time * 2.2f);
        // Narrow bands: every pixel under them is blended, and the worst scenes are the ones that show them.
        float band = Math.min(width, height) * (0.03f + 0.10f * strength);
        edge.set(RED.r, RED.g, RED.b, 0.65f * strength * pulse);
        clear.set(RED.r, RED.g, RED.b, 0f);
        painter.verticalGradient(0, 0, width, band, edge, clear);
        painter.verticalGradient(0, height - band, width, band, clear, edge);
        painter.horizontalGradient(0, 0, band, height, edge, clear);
        painter.horizontalGradient(width - band, 0, band, height, clear, edge);
    }
}
