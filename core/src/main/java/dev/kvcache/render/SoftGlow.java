package dev.kvcache.render;

import com.badlogic.gdx.graphics.Color;

/**
 * A soft glow round a rectangle: eight quads (four sides, four corners) whose colour fades from
 * the rectangle's edge to clear at {@code spread} pixels out, so it has no rings or steps. The
 * vertices live in one array reused every frame and go through the painter in one call.
 */
public final class SoftGlow {
    private static final int QUADS = 8;
    private final float[] vertices = new float[QUADS * 20];
    private int offset;

    /** Draws the glow of {@code colour} at {@code alpha} round the rectangle, fading over {@code spread} px. */
    public void draw(FlatPainter painter, float x, float y, float width, float height, float spread, Color colour,
            float alpha) {
        float lit = Color.toFloatBits(colour.r, colour.g, colour.b, colour.a * alpha);
        float clear = Color.toFloatBits(colour.r, colour.g, colour.b, 0f);
        float left = x - spread;
        float bottom = y - spread;
        float right = x + width;
        float top = y + height;
        offset = 0;
        // Sides: lit along the rectangle, clear on the outer edge.
        quad(left, y, clear, left, top, clear, x, top, lit, x, y, lit);
        quad(right, y, lit, right, top, lit, right + spread, top, clear, right + spread, y, clear);
        quad(x, bottom, clear, x, y, lit, right, y, lit, right, bottom, clear);
        quad(x, top, lit, x, top + spread, clear, right, top + spread, clear, right, top, lit);
        // Corners: lit only at the rectangle's own corner.
        quad(left, bottom, clear, left, y, clear, x, y, lit, x, bottom, clear);
        quad(right, bottom, clear, right, y, lit, right + spread, y, clear, right + spread, bottom, clear);
        quad(left, top, clear, left, top + spread, clear, x, top + spread, clear, x, top, lit);
        quad(right, top, lit, right, top + spread, clear, right + spread, top + spread, clear, right + spread, top,
                clear);
        painter.quads(vertices, offset);
    }

    private void quad(float x1, float y1, float c1, float x2, float y2, float c2, float x3, float y3, float c3,
            float x4, float y4, float c4) {
        put(x1, y1, c1);
        put(x2, y2, c2);
        put(x3, y3, c3);
        put(x4, y4, c4);
    }

    private void put(float x, float y, float colour) {
        vertices[offset] = x;
        vertices[offset + 1] = y;
        vertices[offset + 2] = colour;
        vertices[offset + 3] = FlatPainter.FLAT;
        vertices[offset + 4] = FlatPainter.FLAT;
        offset += 5;
    }
}
