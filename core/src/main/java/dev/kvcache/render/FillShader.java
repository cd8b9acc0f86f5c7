package dev.kvcache.render;

import com.badlogic.gdx.graphics.glutils.ShaderProgram;

/**
 * The SpriteBatch shader with one change: a vertex whose texture coordinate is negative (see
 * {@link FlatPainter#FLAT}) is a flat fill and takes its colour without reading the texture.
 * In software GL (SwiftShader in a browser without a GPU, Mesa llvmpipe) the texture read is most
 * of a pixel's cost, and most of this app's pixels are flat fills; text and icons still sample.
 * Because the flag rides in the vertices, fills need no texture of their own and never break a batch.
 */
public final class FillShader {
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
    private static final String FRAGMENT = "#ifdef GL_ES\n"
            + "#define LOWP lowp\n"
            + "precision mediump float;\n"
            + "#else\n"
            + "#define LOWP \n"
            + "#endif\n"
            + "varying LOWP vec4 v_color;\n"
            + "varying vec2 v_texCoords;\n"
            + "uniform sampler2D u_texture;\n"
            + "void main() {\n"
            + "  if (v_texCoords.x < 0.0) {\n"
            + "    gl_FragColor = v_color;\n"
            + "  } else {\n"
            + "    gl_FragColor = v_color * texture2D(u_texture, v_texCoords);\n"
            + "  }\n"
            + "}\n";

    private FillShader() {
    }

    /**
     * The compiled shader, or null when this GL cannot compile it: the batch then keeps its default
     * shader, and fills, drawn with the 1x1 white texture clamped at its edge, come out the same, only slower.
     */
    public static ShaderProgram createOrNull() {
        ShaderProgram program = new ShaderProgram(VERTEX, FRAGMENT);
        if (!program.isCompiled()) {
            program.dispose();
            return null;
        }
        return program;
    }
}
