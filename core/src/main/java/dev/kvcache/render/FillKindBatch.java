package dev.kvcache.render;

import com.badlogic.gdx.Gdx;
import com.badlogic.gdx.graphics.GL20;
import com.badlogic.gdx.graphics.Mesh;
import com.badlogic.gdx.graphics.Mesh.VertexDataType;
import com.badlogic.gdx.graphics.Texture;
import com.badlogic.gdx.graphics.VertexAttribute;
import com.badlogic.gdx.graphics.VertexAttributes.Usage;
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
 *
 * <p>The held text and the scene's fills (thousands of quads gathered by {@link FlatPainter}) go to
 * GL from their own arrays through a second mesh, not copied into SpriteBatch's first: in the
 * browser that copy was a tenth of the script's time. Held text is copied once, into the hold, and
 * takes its label's edge rate there ({@link FillShader#edgeShift}).
 */
public final class FillKindBatch extends SpriteBatch implements GlyphSink {
    private static final int VERTEX_FLOATS = 5;
    private static final int QUAD_FLOATS = 4 * VERTEX_FLOATS;
    /** Fills from one call at least this large are drawn from the caller's array (see class comment). */
    private static final int DIRECT_FLOATS = 64 * QUAD_FLOATS;

    private final ShaderProgram flat;
    private final ShaderProgram textured;
    private final Matrix4 combined = new Matrix4();
    /** Draws held text and large fill runs straight from their arrays, with SpriteBatch's quad indices. */
    private final Mesh direct;
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
        direct = new Mesh(Gdx.gl30 != null ? VertexDataType.VertexBufferObjectWithVAO : VertexDataType.VertexBufferObject,
                false, size * 4, size * 6, new VertexAttribute(Usage.Position, 2, ShaderProgram.POSITION_ATTRIBUTE),
                new VertexAttribute(Usage.ColorPacked, 4, ShaderProgram.COLOR_ATTRIBUTE),
                new VertexAttribute(Usage.TextureCoordinates, 2, ShaderProgram.TEXCOORD_ATTRIBUTE + "0"));
        short[] indices = new short[size * 6];
        for (int i = 0, j = 0; i < indices.length; i += 6, j += 4) {
            indices[i] = (short) j;
            indices[i + 1] = (short) (j + 1);
            indices[i + 2] = (short) (j + 2);
            indices[i + 3] = (short) (j + 2);
            indices[i + 4] = (short) (j + 3);
            indices[i + 5] = (short) j;
        }
        direct.setIndices(indices);
    }

    /** Draws the fills gathered so far, then the text held since the last flush, over them. */
    @Override
    public void flush() {
        super.flush();
        if (switching || heldFloats == 0) {
            return;
        }
        int floats = heldFloats;
        heldFloats = 0;
        drawDirect(heldTexture, held, 0, floats, textured);
    }

    /**
     * Draws {@code floats} of {@code vertices} from {@code offset} with {@code program}, from the array
     * itself (in mesh-sized chunks), after what the batch's own buffer holds; blending as the batch's.
     */
    private void drawDirect(Texture texture, float[] vertices, int offset, int floats, ShaderProgram program) {
        super.flush();
        useProgram(program);
        texture.bind();
        GL20 gl = Gdx.gl;
        if (isBlendingEnabled()) {
            gl.glEnable(GL20.GL_BLEND);
            if (getBlendSrcFunc() != -1) {
                gl.glBlendFuncSeparate(getBlendSrcFunc(), getBlendDstFunc(), getBlendSrcFuncAlpha(), getBlendDstFuncAlpha());
            }
        } else {
            gl.glDisable(GL20.GL_BLEND);
        }
        for (int at = 0; at < floats; at += held.length) {
            int chunk = Math.min(held.length, floats - at);
            direct.setVertices(vertices, offset + at, chunk);
            direct.render(program, GL20.GL_TRIANGLES, 0, chunk / QUAD_FLOATS * 6);
            renderCalls++;
        }
    }

    @Override
    public void dispose() {
        direct.dispose();
        super.dispose();
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

    /** Before a draw SpriteBatch lays out itself: fills join the buffer; anything textured goes after a flush. */
    private void prepareFor(float u) {
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
            if (count >= DIRECT_FLOATS) {
                drawDirect(texture, spriteVertices, offset, count, flat);
            } else {
                useProgram(flat);
                super.draw(texture, spriteVertices, offset, count);
            }
            return;
        }
        if (heldFloats > 0 && texture != heldTexture) {
            flush();
        }
        heldTexture = texture;
        float edge = FillShader.edgeShift(texelsPerPixel(texture, spriteVertices[offset + 2 * VERTEX_FLOATS]
                - spriteVertices[offset], spriteVertices[offset + 2 * VERTEX_FLOATS + 3] - spriteVertices[offset + 3]));
        for (int done = 0; done < count;) {
            if (heldFloats == held.length) {
                flush();
            }
            int chunk = Math.min(count - done, held.length - heldFloats);
            // A plain loop: in the browser System.arraycopy is a JavaScript splice, dear for a label's few quads.
            for (int vertex = 0; vertex < chunk; vertex += VERTEX_FLOATS) {
                int from = offset + done + vertex;
                int to = heldFloats + vertex;
                held[to] = spriteVertices[from];
                held[to + 1] = spriteVertices[from + 1];
                held[to + 2] = spriteVertices[from + 2];
                held[to + 3] = spriteVertices[from + 3] + edge;
                held[to + 4] = spriteVertices[from + 4];
            }
            heldFloats += chunk;
            done += chunk;
        }
    }

    /**
     * The text path of {@link TextPainter}'s labels: their glyphs go into the hold in one copy, made
     * into vertices here, with the label's edge rate (see {@link #draw(Texture, float[], int, int)}).
     */
    @Override
    public void glyphs(Texture texture, float[] quads, int count, float dx, float dy, float colourBits) {
        if (count <= 0) {
            return;
        }
        if (heldFloats > 0 && texture != heldTexture) {
            flush();
        }
        heldTexture = texture;
        float edge = FillShader.edgeShift(texelsPerPixel(texture, quads[2] - quads[0], quads[6] - quads[4]));
        for (int g = 0; g < count; g++) {
            if (heldFloats == held.length) {
                flush();
            }
            heldFloats = LaidOutText.putGlyph(held, heldFloats, quads, g, dx, dy, colourBits, edge);
        }
    }

    /**
     * Atlas texels per screen pixel of glyphs {@code width} world units wide spanning {@code uSpan}
     * of {@code texture} (one call draws one label: one size, read off its first glyph); 0 for a
     * glyph with no width.
     */
    private float texelsPerPixel(Texture texture, float width, float uSpan) {
        float pixels = Math.abs(width)
                * Math.abs(getProjectionMatrix().val[Matrix4.M00] * getTransformMatrix().val[Matrix4.M00])
                * Gdx.graphics.getBackBufferWidth() / 2f;
        if (!(pixels > 0f)) {
            return 0f;
        }
        return Math.abs(uSpan) * texture.getWidth() / pixels;
    }

    @Override
    public void draw(TextureRegion region, float x, float y) {
        prepareFor(region.getU());
        super.draw(region, x, y);
    }

    @Override
    public void draw(TextureRegion region, float x, float y, float width, float height) {
        prepareFor(region.getU());
        super.draw(region, x, y, width, height);
    }

    @Override
    public void draw(TextureRegion region, float x, float y, float originX, float originY, float width,
            float height, float scaleX, float scaleY, float rotation) {
        prepareFor(region.getU());
        super.draw(region, x, y, originX, originY, width, height, scaleX, scaleY, rotation);
    }

    @Override
    public void draw(TextureRegion region, float x, float y, float originX, float originY, float width,
            float height, float scaleX, float scaleY, float rotation, boolean clockwise) {
        prepareFor(region.getU());
        super.draw(region, x, y, originX, originY, width, height, scaleX, scaleY, rotation, clockwise);
    }

    @Override
    public void draw(TextureRegion region, float width, float height, Affine2 transform) {
        prepareFor(region.getU());
        super.draw(region, width, height, transform);
    }

    @Override
    public void draw(Texture texture, float x, float y, float width, float height, float u, float v, float u2,
            float v2) {
        prepareFor(u);
        super.draw(texture, x, y, width, height, u, v, u2, v2);
    }

    @Override
    public void draw(Texture texture, float x, float y, float originX, float originY, float width, float height,
            float scaleX, float scaleY, float rotation, int srcX, int srcY, int srcWidth, int srcHeight,
            boolean flipX, boolean flipY) {
        prepareFor(0);
        super.draw(texture, x, y, originX, originY, width, height, scaleX, scaleY, rotation, srcX, srcY, srcWidth,
                srcHeight, flipX, flipY);
    }

    @Override
    public void draw(Texture texture, float x, float y, float width, float height, int srcX, int srcY,
            int srcWidth, int srcHeight, boolean flipX, boolean flipY) {
        prepareFor(0);
        super.draw(texture, x, y, width, height, srcX, srcY, srcWidth, srcHeight, flipX, flipY);
    }

    @Override
    public void draw(Texture texture, float x, float y, int srcX, int srcY, int srcWidth, int srcHeight) {
        prepareFor(0);
        super.draw(texture, x, y, srcX, srcY, srcWidth, srcHeight);
    }

    @Override
    public void draw(Texture texture, float x, float y) {
        prepareFor(0);
        super.draw(texture, x, y);
    }

    @Override
    public void draw(Texture texture, float x, float y, float width, float height) {
        prepareFor(0);
        super.draw(texture, x, y, width, height);
    }
}
