package dev.kvcache.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.badlogic.gdx.Gdx;
import com.badlogic.gdx.Graphics;
import com.badlogic.gdx.backends.headless.mock.graphics.MockGraphics;
import com.badlogic.gdx.graphics.GL20;
import com.badlogic.gdx.graphics.Texture;
import com.badlogic.gdx.graphics.g2d.TextureRegion;
import com.badlogic.gdx.graphics.glutils.ShaderProgram;
import com.badlogic.gdx.math.Matrix4;
import dev.kvcache.HeadlessGdx;
import java.lang.reflect.Proxy;
import java.nio.Buffer;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.FloatBuffer;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What reaches GL from {@link FillKindBatch}: each draw call's program and its quads, told apart
 * by their x. Fills must go with the program that reads no texture, text with the other, and
 * text must land over the fills drawn before it and under those drawn after a flush.
 */
class FillKindBatchTest {
    private static final float FLAT = FlatPainter.FLAT;

    private GL20 previous;
    private Graphics previousGraphics;
    private final List<String> draws = new ArrayList<>();
    private FloatBuffer vertices;
    private ShaderProgram flat;
    private ShaderProgram textured;
    private FillKindBatch batch;
    private Texture texture;

    @BeforeEach
    void recordingGl() {
        HeadlessGdx.start();
        previous = Gdx.gl;
        Gdx.gl = (GL20) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {GL20.class},
                (proxy, method, args) -> {
                    String name = method.getName();
                    if (name.startsWith("glGen") || name.startsWith("glCreate")) {
                        return 1;
                    }
                    if ((name.equals("glBufferData") || name.equals("glBufferSubData"))
                            && (Integer) args[0] == GL20.GL_ARRAY_BUFFER) {
                        Buffer data = (Buffer) args[name.equals("glBufferData") ? 2 : 3];
                        if (data instanceof ByteBuffer) {
                            vertices = ((ByteBuffer) data).duplicate().order(ByteOrder.nativeOrder()).asFloatBuffer();
                        }
                    } else if (name.equals("glDrawElements")) {
                        record((Integer) args[1] / 6);
                    }
                    return zero(method.getReturnType());
                });
        Gdx.gl20 = Gdx.gl;
        flat = new ShaderProgram("void main() {}", "void main() {}");
        textured = new ShaderProgram("void main() {}", "void main() {}");
        batch = new FillKindBatch(1000, flat, textured);
        texture = HeadlessGdx.smallFontPage();
        batch.begin();
    }

    @AfterEach
    void restore() {
        Gdx.gl = previous;
        Gdx.gl20 = previous;
        if (previousGraphics != null) {
            Gdx.graphics = previousGraphics;
        }
    }

    /** A 1600 px back buffer drawn in pixels: what the batch needs to tell a label's size on screen. */
    private void onA1600PixelScreen() {
        previousGraphics = Gdx.graphics;
        Gdx.graphics = new MockGraphics() {
            @Override
            public int getBackBufferWidth() {
                return 1600;
            }
        };
        batch.setProjectionMatrix(new Matrix4().setToOrtho2D(0, 0, 1600, 1000));
    }

    private static Object zero(Class<?> type) {
        if (type == int.class) {
            return 0;
        }
        if (type == boolean.class) {
            return false;
        }
        if (type == float.class) {
            return 0f;
        }
        return type == String.class ? "" : null;
    }

    /** One draw call as "flat:1,3" or "text:2": its program's kind and each quad's x. */
    private void record(int quads) {
        StringBuilder b = new StringBuilder(batch.getShader() == flat ? "flat:" : "text:");
        for (int q = 0; q < quads; q++) {
            b.append(q == 0 ? "" : ",").append((int) vertices.get(q * 20));
        }
        draws.add(b.toString());
    }

    private void quad(float x, float u) {
        float[] v = new float[20];
        for (int i = 0; i < 4; i++) {
            v[i * 5] = x;
            v[i * 5 + 3] = u;
            v[i * 5 + 4] = u;
        }
        batch.draw(texture, v, 0, 20);
    }

    @Test
    void textHeldBackUntilFlushSoFillsDrawInOneCallAndTextInOneOverThem() {
        quad(1, FLAT);
        quad(2, 0.5f);
        quad(3, FLAT);
        quad(4, 0.5f);
        batch.end();
        assertEquals(List.of("flat:1,3", "text:2,4"), draws);
    }

    @Test
    void aFlushKeepsFillsDrawnAfterItAboveTheTextBeforeIt() {
        quad(1, FLAT);
        quad(2, 0.5f);
        batch.flush();
        quad(3, FLAT);
        batch.end();
        assertEquals(List.of("flat:1", "text:2", "flat:3"), draws);
    }

    @Test
    void regionsFlaggedFlatAreFillsAndOtherRegionsDrawInOrder() {
        TextureRegion fill = new TextureRegion(texture);
        fill.setRegion(FLAT, FLAT, FLAT, FLAT);
        TextureRegion glyph = new TextureRegion(texture, 0, 0, 4, 4);
        batch.draw(fill, 1, 0, 1, 1);
        quad(2, 0.5f);
        batch.draw(glyph, 3, 0, 1, 1);
        batch.draw(fill, 4, 0, 1, 1);
        batch.end();
        assertEquals(List.of("flat:1", "text:2", "text:3", "flat:4"), draws);
    }

    @Test
    void aLargeRunOfFillsDrawnFromItsOwnArrayStaysUnderTheTextHeldWithIt() {
        quad(1, FLAT);
        quad(2, 0.5f);
        float[] fills = new float[100 * 20];
        for (int q = 0; q < 100; q++) {
            for (int i = 0; i < 4; i++) {
                fills[q * 20 + i * 5] = 10 + q;
                fills[q * 20 + i * 5 + 3] = FLAT;
            }
        }
        batch.draw(texture, fills, 0, fills.length);
        quad(3, 0.5f);
        batch.end();
        assertEquals(3, draws.size(), draws.toString());
        assertEquals("flat:1", draws.get(0));
        assertEquals(true, draws.get(1).startsWith("flat:10,11,") && draws.get(1).endsWith(",109"), draws.get(1));
        assertEquals("text:2,3", draws.get(2));
    }

    @Test
    void oneTextRunLargerThanTheHoldIsDrawnFromItsOffsetAfterTheFillsBeforeIt() {
        quad(1, FLAT);
        float[] glyphs = new float[(1 + 1001) * 20];
        for (int q = 0; q <= 1001; q++) {
            for (int i = 0; i < 4; i++) {
                glyphs[q * 20 + i * 5] = 1000 + q;
                glyphs[q * 20 + i * 5 + 3] = 0.5f;
            }
        }
        batch.draw(texture, glyphs, 20, 1001 * 20);
        batch.end();
        assertEquals("flat:1", draws.get(0));
        int quads = 0;
        for (String draw : draws.subList(1, draws.size())) {
            assertTrue(draw.startsWith("text:"), draw);
            quads += draw.split(",").length;
        }
        assertEquals(1001, quads);
        assertTrue(draws.get(1).startsWith("text:1001,1002,"), "the run starts at its offset: " + draws.get(1));
    }

    @Test
    void eachLabelsGlyphsCarryTheEdgeRateOfItsSizeOnScreen() {
        onA1600PixelScreen();
        // One em of the atlas (40 texels) drawn 13 px wide: 40/13 texels a pixel, so the field
        // (1/12 a texel) changes 0.2564 a pixel: 263 steps of 1/1024, carried as u + 2 x 263.
        float u = 0.25f;
        float u2 = u + 40f / texture.getWidth();
        float[] glyph = new float[20];
        float[] xs = {100, 100, 113, 113};
        float[] us = {u, u, u2, u2};
        for (int i = 0; i < 4; i++) {
            glyph[i * 5] = xs[i];
            glyph[i * 5 + 3] = us[i];
        }
        batch.draw(texture, glyph, 0, 20);
        batch.end();
        assertEquals(List.of("text:100"), draws);
        assertEquals(u + 526f, vertices.get(3), 1e-4f);
        assertEquals(u2 + 526f, vertices.get(13), 1e-4f);
    }

    @Test
    void compactGlyphsBecomeTheSameVerticesAsTheirExpandedQuads() {
        onA1600PixelScreen();
        float colour = 0.5f;
        float[] compact = {100, 20, 113, 36, 0.25f, 0.5f, 0.25f + 40f / texture.getWidth(), 0.4f};
        batch.glyphs(texture, compact, 1, 7, 3, colour);
        batch.flush();
        float[] fromGlyphs = new float[20];
        vertices.get(fromGlyphs);
        float[] expanded = {
            107, 23, colour, compact[4], compact[5],
            107, 39, colour, compact[4], compact[7],
            120, 39, colour, compact[6], compact[7],
            120, 23, colour, compact[6], compact[5]};
        batch.draw(texture, expanded, 0, 20);
        batch.end();
        float[] fromVertices = new float[20];
        vertices.rewind();
        vertices.get(fromVertices);
        assertEquals(List.of("text:107", "text:107"), draws);
        for (int i = 0; i < 20; i++) {
            assertEquals(fromVertices[i], fromGlyphs[i], 1e-4f, "float " + i);
        }
        assertEquals(0.25f + 526f, fromGlyphs[3], 1e-4f, "13 px glyphs carry 263 steps");
    }

    @Test
    void moreTextThanTheHoldFitsIsDrawnWithoutLosingAQuad() {
        for (int i = 0; i < 1010; i++) {
            quad(100 + i, 0.5f);
        }
        batch.end();
        int quads = 0;
        for (String draw : draws) {
            quads += draw.split(",").length;
        }
        assertEquals(1010, quads);
    }
}
