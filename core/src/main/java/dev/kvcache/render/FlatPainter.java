package dev.kvcache.render;

import com.badlogic.gdx.graphics.Color;
import com.badlogic.gdx.graphics.Pixmap;
import com.badlogic.gdx.graphics.Texture;
import com.badlogic.gdx.graphics.g2d.SpriteBatch;
import com.badlogic.gdx.utils.Disposable;

/**
 * Flat fills and gradients drawn through the same SpriteBatch as everything else, as vertices
 * flagged {@link #FLAT}, so the whole scene stays one batch (no ShapeRenderer flushes) and no fill
 * reads a texture.
 */
public final class FlatPainter implements Disposable {
    /**
     * The texture coordinate of every fill's vertices: negative, so {@link FillShader} skips the
     * texture read; the white texture is still bound, clamped at its edge, for a GL without that shader.
     */
    public static final float FLAT = -1f;
    private static final int VERTEX_FLOATS = 20;
    /** Quads gathered before they go to the batch: a 4K frame's banks, waves and panels at once. */
    private static final int PENDING_QUADS = 8192;

    private final Texture white;
    /**
     * This frame's fills not yet handed to the batch. They are written here with plain loops and go
     * to the batch in one call: handing over one quad at a time cost an array copy each, which in
     * the browser (GWT's System.arraycopy is a JavaScript splice) was a tenth of the script's time.
     */
    private final float[] pending = new float[PENDING_QUADS * VERTEX_FLOATS];
    private int pendingFloats;
    private SpriteBatch batch;

    public FlatPainter() {
        Pixmap pixmap = new Pixmap(1, 1, Pixmap.Format.RGBA8888);
        pixmap.setColor(Color.WHITE);
        pixmap.fill();
        white = new Texture(pixmap);
        pixmap.dispose();
    }

    /** Starts painting into {@code batch}, which must be between begin() and end() (and {@link #flush} before end). */
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
        int at = room();
        at = putVertex(at, x, y, colourBits);
        at = putVertex(at, x, y + height, colourBits);
        at = putVertex(at, x + width, y + height, colourBits);
        pendingFloats = putVertex(at, x + width, y, colourBits);
    }

    /**
     * Hands the gathered fills to the batch, in the order they were painted; call before anything
     * else draws into the batch (text, which sits above the fills) and before it ends.
     */
    public void flush() {
        if (pendingFloats > 0) {
            batch.draw(white, pending, 0, pendingFloats);
            pendingFloats = 0;
        }
    }

    /** Where the next quad goes, flushing first when the buffer is full. */
    private int room() {
        if (pendingFloats + VERTEX_FLOATS > pending.length) {
            flush();
        }
        return pendingFloats;
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
     * drawn with the white texture so they join the same batch as every other fill.
     */
    public void quads(float[] vertices, int floatCount) {
        int quads = floatCount / VERTEX_FLOATS;
        for (int q = 0; q < quads; q++) {
            int at = room();
            int from = q * VERTEX_FLOATS;
            for (int i = 0; i < VERTEX_FLOATS; i++) {
                pending[at + i] = vertices[from + i];
            }
            pendingFloats = at + VERTEX_FLOATS;
        }
    }

    /** A rectangle shading from {@code left} to {@code right}. */
    public void horizontalGradient(float x, float y, float width, float height, Color left, Color right) {
        float leftBits = left.toFloatBits();
        float rightBits = right.toFloatBits();
        int at = room();
        at = putVertex(at, x, y, leftBits);
        at = putVertex(at, x, y + height, leftBits);
        at = putVertex(at, x + width, y + height, rightBits);
        pendingFloats = putVertex(at, x + width, y, rightBits);
    }

    /** A rectangle shading from {@code bottom} to {@code top}. */
    public void verticalGradient(float x, float y, float width, float height, Color bottom, Color top) {
        float bottomBits = bottom.toFloatBits();
        float topBits = top.toFloatBits();
        int at = room();
        at = putVertex(at, x, y, bottomBits);
        at = putVertex(at, x, y + height, topBits);
        at = putVertex(at, x + width, y + height, topBits);
        pendingFloats = putVertex(at, x + width, y, bottomBits);
    }

    private int putVertex(int offset, float x, float y, float colorBits) {
        pending[offset] = x;
        pending[offset + 1] = y;
        pending[offset + 2] = colorBits;
        pending[offset + 3] = FLAT;
        pending[offset + 4] = FLAT;
        return offset + 5;
    }

    @Override
    public void dispose() {
        white.dispose();
    }
}
