package dev.kvcache.render;

import com.badlogic.gdx.graphics.Color;
import com.badlogic.gdx.graphics.Texture;
import com.badlogic.gdx.graphics.g2d.SpriteBatch;

/**
 * Flat fills and gradients drawn through the same SpriteBatch as everything else, as vertices
 * flagged {@link #FLAT} on the {@link UiAtlas}'s texture, so the whole frame stays one batch (no
 * ShapeRenderer flushes, no texture switch between fills and text) and no fill reads a texture.
 */
public final class FlatPainter {
    /**
     * The texture coordinate of every fill's vertices: negative, so {@link FillShader} skips the
     * texture read; clamped at the edge, it reads the atlas's white corner for a GL without that shader.
     */
    public static final float FLAT = -1f;
    private static final int VERTEX_FLOATS = 20;

    /** The atlas: fills bind the texture text draws with, so neither breaks the other's batch. */
    private final Texture white;
    private final float[] quad = new float[VERTEX_FLOATS];
    private SpriteBatch batch;

    /** Fills drawn with {@code atlas}, the texture everything else in the frame uses too. */
    public FlatPainter(Texture atlas) {
        white = atlas;
    }

    /** Starts painting into {@code batch}, which must be between begin() and end(). */
    public void use(SpriteBatch spriteBatch) {
        batch = spriteBatch;
    }

    public void rect(float x, float y, float width, float height, Color color) {
        fill(x, y, width, height, color.toFloatBits());
    }

    public void rect(float x, float y, float width, float height, Color color, float alpha) {
        fill(x, y, width, height, Color.toFloatBits(color.r, color.g, color.b, color.a * alpha));
    }

    private void fill(float x, float y, float width, float height, float colourBits) {
        putVertex(0, x, y, colourBits);
        putVertex(5, x, y + height, colourBits);
        putVertex(10, x + width, y + height, colourBits);
        putVertex(15, x + width, y, colourBits);
        batch.draw(white, quad, 0, VERTEX_FLOATS);
    }

    /** An outline of {@code thickness} pixels drawn inside the rectangle. */
    public void frame(float x, float y, float width, float height, float thickness, Color color) {
        rect(x, y, width, thickness, color);
        rect(x, y + height - thickness, width, thickness, color);
        rect(x, y, thickness, height, color);
        rect(x + width - thickness, y, thickness, height, color);
    }

    /**
     * Quads already laid out as SpriteBatch vertices (x, y, packed colour, u, v; four per quad),
     * drawn with the atlas so they join the same batch as every other fill.
     */
    public void quads(float[] vertices, int floatCount) {
        if (floatCount > 0) {
            batch.draw(white, vertices, 0, floatCount);
        }
    }

    /** A rectangle shading from {@code left} to {@code right}. */
    public void horizontalGradient(float x, float y, float width, float height, Color left, Color right) {
        float leftBits = left.toFloatBits();
        float rightBits = right.toFloatBits();
        putVertex(0, x, y, leftBits);
        putVertex(5, x, y + height, leftBits);
        putVertex(10, x + width, y + height, rightBits);
        putVertex(15, x + width, y, rightBits);
        batch.draw(white, quad, 0, VERTEX_FLOATS);
    }

    /** A rectangle shading from {@code bottom} to {@code top}. */
    public void verticalGradient(float x, float y, float width, float height, Color bottom, Color top) {
        float bottomBits = bottom.toFloatBits();
        float topBits = top.toFloatBits();
        putVertex(0, x, y, bottomBits);
        putVertex(5, x, y + height, topBits);
        putVertex(10, x + width, y + height, topBits);
        putVertex(15, x + width, y, bottomBits);
        batch.draw(white, quad, 0, VERTEX_FLOATS);
    }

    private void putVertex(int offset, float x, float y, float colorBits) {
        quad[offset] = x;
        quad[offset + 1] = y;
        quad[offset + 2] = colorBits;
        quad[offset + 3] = FLAT;
        quad[offset + 4] = FLAT;
    }
}
