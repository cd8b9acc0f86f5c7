package dev.kvcache.render;

import com.badlogic.gdx.Gdx;
import com.badlogic.gdx.graphics.glutils.ShaderProgram;

/**
 * The two shaders of the app's {@link FillKindBatch}:
 * <ul>
 * <li>flat fills (texture coordinate {@link FlatPainter#FLAT}) take their vertex colour and read
 * no texture: in software GL (SwiftShader in a browser without a GPU, Mesa llvmpipe) the texture
 * read is most of a pixel's cost, and most of this app's pixels are flat fills;
 * <li>everything else is a distance-field texel of the {@link UiAtlas}: alpha 0.5 on an outline. Its
 * coverage is a one-pixel ramp across the outline, so text of any size has edges one pixel soft:
 * sharp at 12 px, clean at 200 (with {@link AtlasFontSource} putting baselines and x-heights on
 * whole pixels). A fill drawn through it reads the atlas's white corner, a field of 1, and comes out
 * solid.
 * </ul>
 *
 * <p>How much the field changes over one screen pixel comes with each glyph's vertices, not from the
 * screen derivatives: the batch knows each label's scale ({@link #edgeShift}), and derivatives cost a
 * fifth of the text's pixels in SwiftShader (measured with {@code html/perf/floor/glyph.html}). The
 * rate rides in the texture coordinate's integer part, decoded in the vertex shader, so the batch
 * keeps SpriteBatch's vertex layout; a quad drawn without it (integer part 0) takes
 * {@link #UNKNOWN_EDGE}.
 */
public final class FillShader {
    /** Steps of the encoded rate per unit of field change a pixel: within 2% up to 120 px text (FillShaderTest). */
    static final float EDGE_STEPS = 1024f;
    /** Most steps a rate may take: text down to 3 px, and the coordinate keeps 1/8 texel of precision. */
    private static final int MOST_STEPS = 4095;
    /**
     * The field's change over a pixel for a quad that carries none: that of 17 px text (a field of
     * {@link UiAtlas#FIELD_SPREAD} texels each side of a 40-texel em); smaller text comes out a
     * little soft, larger a little hard, a fill (a field of 1) solid either way.
     */
    static final float UNKNOWN_EDGE = 0.2f;

    /** The fill's vertex shader: libGDX SpriteBatch's, without the texture coordinate it never reads. */
    private static final String FLAT_VERTEX = vertex("", "");
    /** SpriteBatch's vertex shader, plus the edge rate decoded from the coordinate's integer part (see class comment). */
    private static final String TEXT_VERTEX = vertex("attribute vec2 " + ShaderProgram.TEXCOORD_ATTRIBUTE + "0;\n"
            + "varying vec2 v_texCoords;\n"
            + "varying float v_pixelsPerField;\n",
            "  float steps = floor(" + ShaderProgram.TEXCOORD_ATTRIBUTE + "0.x * 0.5);\n"
            + "  v_texCoords = vec2(" + ShaderProgram.TEXCOORD_ATTRIBUTE + "0.x - 2.0 * steps, "
            + ShaderProgram.TEXCOORD_ATTRIBUTE + "0.y);\n"
            + "  v_pixelsPerField = steps > 0.0 ? " + EDGE_STEPS + " / steps : " + (1f / UNKNOWN_EDGE) + ";\n");

    /**
     * SpriteBatch's vertex shader's position and colour (its alpha stretched as SpriteBatch stretches
     * it), with {@code declarations} and {@code body} of the shader's own.
     */
    private static String vertex(String declarations, String body) {
        return "attribute vec4 " + ShaderProgram.POSITION_ATTRIBUTE + ";\n"
                + "attribute vec4 " + ShaderProgram.COLOR_ATTRIBUTE + ";\n"
                + declarations
                + "uniform mat4 u_projTrans;\n"
                + "varying vec4 v_color;\n"
                + "void main() {\n"
                + "  v_color = " + ShaderProgram.COLOR_ATTRIBUTE + ";\n"
                + "  v_color.a = v_color.a * (255.0/254.0);\n"
                + body
                + "  gl_Position = u_projTrans * " + ShaderProgram.POSITION_ATTRIBUTE + ";\n"
                + "}\n";
    }

    /**
     * The precision lines both fragment shaders start with (GL ES wants a default float precision,
     * desktop GL knows no qualifiers), and the vertex colour they read.
     */
    private static final String PREAMBLE = "#ifdef GL_ES\n"
            + "#define LOWP lowp\n"
            + "precision mediump float;\n"
            + "#else\n"
            + "#define LOWP \n"
            + "#endif\n"
            + "varying LOWP vec4 v_color;\n";

    private static final String TEXT_FRAGMENT = PREAMBLE
            + "varying vec2 v_texCoords;\n"
            + "varying float v_pixelsPerField;\n"
            + "uniform sampler2D u_texture;\n"
            + "void main() {\n"
            + "    float field = texture2D(u_texture, v_texCoords).a;\n"
            // The edge 0.15 px outside the outline: unhinted stems at 12 px keep the weight a
            // hinted font gives them (a fifth of a pixel is lost in a 40 px glyph).
            + "    float coverage = clamp((field - 0.5) * v_pixelsPerField + 0.65, 0.0, 1.0);\n"
            + "    gl_FragColor = vec4(v_color.rgb, v_color.a * coverage);\n"
            + "}\n";

    /** A flat fill: the vertex colour, no texture. */
    private static final String FLAT_FRAGMENT = PREAMBLE
            + "void main() {\n"
            + "  gl_FragColor = v_color;\n"
            + "}\n";

    private FillShader() {
    }

    /**
     * What to add to a glyph's texture coordinate {@code u} (0-1) so it carries the edge rate of text
     * drawn at {@code texelsPerPixel} atlas texels to a screen pixel: twice the rate in steps, so the
     * vertex shader's {@code floor(u / 2)} gives the steps and the rest gives {@code u} back. Nothing
     * for an unknown scale (0 or less): the shader then takes {@link #UNKNOWN_EDGE}.
     */
    static float edgeShift(float texelsPerPixel) {
        if (!(texelsPerPixel > 0f)) {
            return 0f;
        }
        float fieldPerPixel = texelsPerPixel / (2f * UiAtlas.FIELD_SPREAD);
        return 2f * Math.max(1, Math.min(MOST_STEPS, Math.round(fieldPerPixel * EDGE_STEPS)));
    }

    /** The flat-fill program, or null when this GL cannot compile it. */
    public static ShaderProgram createFlatOrNull() {
        return compiledOrNull(FLAT_VERTEX, FLAT_FRAGMENT);
    }

    /**
     * The text program, or null when this GL cannot compile it: the batch then keeps its default
     * shader, and text is drawn from the raw field, blurred.
     */
    public static ShaderProgram createOrNull() {
        return compiledOrNull(TEXT_VERTEX, TEXT_FRAGMENT);
    }

    private static ShaderProgram compiledOrNull(String vertex, String fragment) {
        ShaderProgram program = new ShaderProgram(vertex, fragment);
        if (program.isCompiled()) {
            return program;
        }
        Gdx.app.error("FillShader", program.getLog());
        program.dispose();
        return null;
    }
}
