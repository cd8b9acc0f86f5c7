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
 * coverage is a one-pixel ramp across the outline, measured in screen pixels from the field's own
 * rate of change, so text of any size has edges one pixel soft: sharp at 12 px, clean at 200
 * (with {@link AtlasFontSource} putting baselines and x-heights on whole pixels). A fill drawn
 * through it (a GL that compiled only this one) reads the atlas's white corner, a field of 1, and
 * comes out solid.
 * </ul>
 */
public final class FillShader {
    /** WebGL 1 turns the derivatives on only when asked; desktop GL and WebGL 2 have them anyway. */
    static final String DERIVATIVES_EXTENSION = "OES_standard_derivatives";

    /** libGDX's SpriteBatch vertex shader, unchanged. */
    private static final String VERTEX = "attribute vec4 " + ShaderProgram.POSITION_ATTRIBUTE + ";\n"
            + "attribute vec4 " + ShaderProgram.COLOR_ATTRIBUTE + ";\n"
            + "attribute vec2 " + ShaderProgram.TEXCOORD_ATTRIBUTE + "0;\n"
            + "uniform mat4 u_projTrans;\n"
            + "varying vec4 v_color;\n"
            + "varying vec2 v_texCoords;\n"
            + "void main() {\n"
            + "  v_color = " + ShaderProgram.COLOR_ATTRIBUTE + ";\n"
            + "  v_color.a = v_color.a * (255.0/254.0);\n"
            + "  v_texCoords = " + ShaderProgram.TEXCOORD_ATTRIBUTE + "0;\n"
            + "  gl_Position = u_projTrans * " + ShaderProgram.POSITION_ATTRIBUTE + ";\n"
            + "}\n";
    /**
     * How much the field changes over one screen pixel, from the screen derivatives. They are taken
     * for every pixel (no branch around them). The floor keeps a flat field (deep inside, or the white
     * block) from dividing by zero.
     */
    private static final String MEASURED_EDGE = "max(length(vec2(dFdx(field), dFdy(field))), 0.001)";
    /**
     * For a GL without derivatives (a WebGL 1 lacking the extension): the change over a pixel of
     * 17 px text (a field of 6 texels each side of a 40-texel em); smaller text comes out a little
     * soft, larger a little hard.
     */
    private static final String FIXED_EDGE = "0.2";

    /**
     * The precision lines both fragment shaders start with (GL ES wants a default float precision,
     * desktop GL knows no qualifiers), after {@code extensions}, and the vertex colour they read.
     */
    private static String preamble(String extensions) {
        return "#ifdef GL_ES\n"
                + extensions
                + "#define LOWP lowp\n"
                + "precision mediump float;\n"
                + "#else\n"
                + "#define LOWP \n"
                + "#endif\n"
                + "varying LOWP vec4 v_color;\n";
    }

    private static String fragment(String perPixel) {
        return preamble(perPixel.equals(MEASURED_EDGE) ? "#extension GL_OES_standard_derivatives : enable\n" : "")
                + "varying vec2 v_texCoords;\n"
                + "uniform sampler2D u_texture;\n"
                + "void main() {\n"
                + "    float field = texture2D(u_texture, v_texCoords).a;\n"
                + "    float perPixel = " + perPixel + ";\n"
                // The edge 0.15 px outside the outline: unhinted stems at 12 px keep the weight a
                // hinted font gives them (a fifth of a pixel is lost in a 40 px glyph).
                + "    float coverage = clamp((field - 0.5) / perPixel + 0.65, 0.0, 1.0);\n"
                + "    gl_FragColor = vec4(v_color.rgb, v_color.a * coverage);\n"
                + "}\n";
    }

    /** A flat fill: the vertex colour, no texture. */
    private static final String FLAT_FRAGMENT = preamble("")
            + "void main() {\n"
            + "  gl_FragColor = v_color;\n"
            + "}\n";

    private FillShader() {
    }

    /** The flat-fill program, or null when this GL cannot compile it. */
    public static ShaderProgram createFlatOrNull() {
        ShaderProgram program = new ShaderProgram(VERTEX, FLAT_FRAGMENT);
        if (program.isCompiled()) {
            return program;
        }
        Gdx.app.error("FillShader", program.getLog());
        program.dispose();
        return null;
    }

    /**
     * The compiled shader (with measured edges, else with fixed ones), or null when this GL compiles
     * neither: the batch then keeps its default shader, fills still come out right (their clamped
     * coordinates read the atlas's white corner) and text is drawn from the raw field, blurred.
     */
    public static ShaderProgram createOrNull() {
        Gdx.graphics.supportsExtension(DERIVATIVES_EXTENSION);
        for (String perPixel : new String[] {MEASURED_EDGE, FIXED_EDGE}) {
            ShaderProgram program = new ShaderProgram(VERTEX, fragment(perPixel));
            if (program.isCompiled()) {
                return program;
            }
            Gdx.app.error("FillShader", program.getLog());
            program.dispose();
        }
        return null;
    }
}
