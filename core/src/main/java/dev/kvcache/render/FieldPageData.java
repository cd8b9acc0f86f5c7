package dev.kvcache.render;

import com.badlogic.gdx.Gdx;
import com.badlogic.gdx.graphics.GL20;
import com.badlogic.gdx.graphics.Pixmap;
import com.badlogic.gdx.graphics.TextureData;
import com.badlogic.gdx.utils.BufferUtils;
import com.badlogic.gdx.utils.GdxRuntimeException;
import java.nio.ByteBuffer;

/**
 * The atlas page uploaded as two bytes a texel (white, and the field in alpha: GL_LUMINANCE_ALPHA)
 * rather than four. Every texel of the page is white, so the colour channels carry nothing, and
 * software GL filters the narrower texel for less: a fifth less for a full window of text in
 * SwiftShader ({@code html/perf/floor/glyph.html}). Luminance rather than alpha alone keeps the
 * page white to libGDX's own shader, the fallback when {@link FillShader}'s does not compile.
 */
final class FieldPageData implements TextureData {
    private final int width;
    private final int height;
    private final ByteBuffer texels;

    /** Keeps the alpha of {@code page} (which it disposes) beside a white luminance. */
    FieldPageData(Pixmap page) {
        width = page.getWidth();
        height = page.getHeight();
        texels = BufferUtils.newByteBuffer(width * height * 2);
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                texels.put((byte) 0xff);
                texels.put((byte) (page.getPixel(x, y) & 0xff));
            }
        }
        texels.flip();
        page.dispose();
    }

    @Override
    public TextureDataType getType() {
        return TextureDataType.Custom;
    }

    @Override
    public boolean isPrepared() {
        return true;
    }

    @Override
    public void prepare() {
        // Nothing to do: the texels were read when the page was loaded.
    }

    @Override
    public Pixmap consumePixmap() {
        throw new GdxRuntimeException("the field page uploads itself (consumeCustomData)");
    }

    @Override
    public boolean disposePixmap() {
        return false;
    }

    /** Uploads the texels, with rows packed to the byte (GL's default alignment is 4). */
    @Override
    public void consumeCustomData(int target) {
        Gdx.gl.glPixelStorei(GL20.GL_UNPACK_ALIGNMENT, 1);
        Gdx.gl.glTexImage2D(target, 0, GL20.GL_LUMINANCE_ALPHA, width, height, 0, GL20.GL_LUMINANCE_ALPHA,
                GL20.GL_UNSIGNED_BYTE, texels);
        Gdx.gl.glPixelStorei(GL20.GL_UNPACK_ALIGNMENT, 4);
    }

    @Override
    public int getWidth() {
        return width;
    }

    @Override
    public int getHeight() {
        return height;
    }

    @Override
    public Pixmap.Format getFormat() {
        return Pixmap.Format.LuminanceAlpha;
    }

    @Override
    public boolean useMipMaps() {
        return false;
    }

    /** Not reloaded on a lost context: neither backend this app runs on loses one. */
    @Override
    public boolean isManaged() {
        return false;
    }
}
