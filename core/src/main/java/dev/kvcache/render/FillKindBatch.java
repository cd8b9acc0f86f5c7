package dev.kvcache.render;

import com.badlogic.gdx.graphics.Texture;
import com.badlogic.gdx.graphics.g2d.SpriteBatch;
import com.badlogic.gdx.graphics.g2d.TextureRegion;
import com.badlogic.gdx.graphics.glutils.ShaderProgram;
import com.badlogic.gdx.math.Affine2;
import com.badlogic.gdx.math.Matrix4;

/**
 * The app's one SpriteBatch, drawing flat fills with a shader that never touches the texture and
 * everything else (distance-field text) with {@link FillShader}'s.
 *
 * <p>Why two programs and not one shader with a branch: software GL (Mesa llvmpipe, SwiftShader in
 * a browser without a GPU) shades a block of pixels in SIMD lanes and runs both sides of a
 * per-pixel branch, so a fill behind a branch still paid the texture read, about a third of the
 * frame's CPU in the worst scene. A fill is known by its texture coordinate ({@link FlatPainter#FLAT},
 * negative).
 *
 * <p>Switching program costs a draw call, and the controls alternate a button's fill with its
 * label, so text is held back until the next {@link #flush()} and then drawn over the fills held
 * with it, the rule {@link TextPainter} already follows for the scene. Whatever must cover text
 * drawn before it (a clip region, an overlay above the dock) flushes first: Scene2D flushes at
 * every clip, and the controls put a boundary actor (ui.BatchBoundary) before each widget.
 */
public final class FillKindBatch extends SpriteBatch {
    private static final int QUAD_FLOATS = 20;

    private final ShaderProgram flat;
    private final ShaderProgram textured;
    private final Matrix4 combined = new Matrix4();
    /** Text quads held back until the next flush, in the order drawn. */
    private final float[] held;
    private int heldFloats;
    private Texture heldTexture;
    /** True while a program switch flushes the buffer: held text must wait for a real flush. */
    private boolean switching;

    /** A batch of {@code size} quads drawing fills with {@code flat} and all else with {@code textured}. */
    public FillKindBatch(int size, ShaderProgram flat, ShaderProgram textured) {
        super(size, textured);
        this.flat = flat;
        this.textured = textured;
        held = new float[size * QUAD_FLOATS];
    }

    /** Quads held back for the next flush (for tests). */
    int heldQuads() {
        return heldFloats / QUAD_FLOATS;
    }

    /** Draws the fills gathered so far, then the text held since the last flush, over them. */
    @Override
    public void flush() {
        super.flush();
        if (switching || heldFloats == 0) {
            return;
        }
        useProgram(textured);
        int floats = heldFloats;
        heldFloats = 0;
        super.draw(heldTexture, held, 0, floats);
        super.flush();
    }

    /** Draws the held text too: SpriteBatch's end flushes only when its own buffer holds something. */
    @Override
    public void end() {
        flush();
        super.end();
    }

    private void useProgram(ShaderProgram program) {
        switching = true;
        setShader(program);
        switching = false;
    }

    /** Fills go straight to the buffer; anything textured not held back is drawn in order after a flush. */
    private void direct(float u) {
        if (u < 0) {
            useProgram(flat);
        } else {
            flush();
            useProgram(textured);
        }
    }

    /** The flat program has no texture to bind: it gets only the projection. */
    @Override
    protected void setupMatrices() {
        if (getShader() != flat) {
            super.setupMatrices();
            return;
        }
        combined.set(getProjectionMatrix()).mul(getTransformMatrix());
        flat.setUniformMatrix("u_projTrans", combined);
    }

    /** The path of fills, glyphs and every Scene2D label: fills go on, text is held back. */
    @Override
    public void draw(Texture texture, float[] spriteVertices, int offset, int count) {
        if (count <= 0) {
            return;
        }
        if (spriteVertices[offset + 3] < 0) {
            useProgram(flat);
            super.draw(texture, spriteVertices, offset, count);
            return;
        }
        if (heldFloats > 0 && (texture != heldTexture || heldFloats + count > held.length)) {
            flush();
        }
        if (count > held.length) {
            direct(0);
            super.draw(texture, spriteVertices, offset, count);
            return;
        }
        // A plain loop: in the browser System.arraycopy is a JavaScript splice, dear for a label's few quads.
        for (int i = 0; i < count; i++) {
            held[heldFloats + i] = spriteVertices[offset + i];
        }
        heldFloats += count;
        heldTexture = texture;
    }

    @Override
    public void draw(TextureRegion region, float x, float y) {
        direct(region.getU());
        super.draw(region, x, y);
    }

    @Override
    public void draw(TextureRegion region, float x, float y, float width, float height) {
        direct(region.getU());
        super.draw(region, x, y, width, height);
    }

    @Override
    public void draw(TextureRegion region, float x, float y, float originX, float originY, float width,
            float height, float scaleX, float scaleY, float rotation) {
        direct(region.getU());
        super.draw(region, x, y, originX, originY, width, height, scaleX, scaleY, rotation);
    }

    @Override
    public void draw(TextureRegion region, float x, float y, float originX, float originY, float width,
            float height, float scaleX, float scaleY, float rotation, boolean clockwise) {
        direct(region.getU());
        super.draw(region, x, y, originX, originY, width, height, scaleX, scaleY, rotation, clockwise);
    }

    @Override
    public void draw(TextureRegion region, float width, float height, Affine2 transform) {
        direct(region.getU());
        super.draw(region, width, height, transform);
    }

    @Override
    public void draw(Texture texture, float x, float y, float width, float height, float u, float v, float u2,
            float v2) {
        direct(u);
        super.draw(texture, x, y, width, height, u, v, u2, v2);
    }

    @Override
    public void draw(Texture texture, float x, float y, float originX, float originY, float width, float height,
            float scaleX, float scaleY, float rotation, int srcX, int srcY, int srcWidth, int srcHeight,
            boolean flipX, boolean flipY) {
        direct(0);
        super.draw(texture, x, y, originX, originY, width, height, scaleX, scaleY, rotation, srcX, srcY, srcWidth,
                srcHeight, flipX, flipY);
    }

    @Override
    public void draw(Texture texture, float x, float y, float width, float height, int srcX, int srcY,
            int srcWidth, int srcHeight, boolean flipX, boolean flipY) {
        direct(0);
        super.draw(texture, x, y, width, height, srcX, srcY, srcWidth, srcHeight, flipX, flipY);
    }

    @Override
    public void draw(Texture texture, float x, float y, int srcX, int srcY, int srcWidth, int srcHeight) {
        direct(0);
        super.draw(texture, x, y, srcX, srcY, srcWidth, srcHeight);
    }

    @Override
    public void draw(Texture texture, float x, float y) {
        direct(0);
        super.draw(texture, x, y);
    }

    @Override
    public void draw(Texture texture, float x, float y, float width, float height) {
        direct(0);
        super.draw(texture, x, y, width, height);
    }
}
