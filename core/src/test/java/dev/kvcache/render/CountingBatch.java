package dev.kvcache.render;

import com.badlogic.gdx.graphics.Texture;
import com.badlogic.gdx.graphics.g2d.SpriteBatch;
import com.badlogic.gdx.graphics.glutils.ShaderProgram;
import dev.kvcache.HeadlessGdx;

/**
 * A SpriteBatch that keeps the vertices drawn with it instead of sending them to GL, so tests see
 * exactly the quads text puts in the frame, and which texture they use. Allocates nothing per draw.
 */
final class CountingBatch extends SpriteBatch {
    final float[] kept = new float[20 * 4096];
    int floats;
    /** Every float handed to the batch since the last clear, kept or not. */
    long offered;
    int draws;
    Texture lastTexture;

    private CountingBatch(ShaderProgram shader) {
        super(8, shader);
    }

    static CountingBatch create() {
        HeadlessGdx.start();
        return new CountingBatch(new ShaderProgram("void main() {}", "void main() {}"));
    }

    @Override
    public void draw(Texture texture, float[] spriteVertices, int offset, int count) {
        draws++;
        offered += count;
        lastTexture = texture;
        int room = Math.min(count, kept.length - floats);
        System.arraycopy(spriteVertices, offset, kept, floats, room);
        floats += room;
    }

    /** Forgets what was drawn (the next frame). */
    void clear() {
        floats = 0;
        offered = 0;
        draws = 0;
    }

    /** Vertices drawn since the last {@link #clear()}: four per glyph. */
    int vertices() {
        return floats / 5;
    }

    /** The x of vertex {@code index}. */
    float x(int index) {
        return kept[index * 5];
    }

    /** The y of vertex {@code index}. */
    float y(int index) {
        return kept[index * 5 + 1];
    }
}
