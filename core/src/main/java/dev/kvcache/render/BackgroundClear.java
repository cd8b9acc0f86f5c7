package dev.kvcache.render;

import com.badlogic.gdx.Gdx;
import com.badlogic.gdx.graphics.GL20;

/**
 * Paints the window's background gradient with one scissored clear per {@link GradientBands} band,
 * outside any batch: a clear costs almost nothing, in software GL too, where a textured quad over
 * the whole window was half of every frame's pixels.
 */
public final class BackgroundClear {
    private final GradientBands bands = new GradientBands();
    private int width;

    /** Lays the bands out for a {@code width x height} window; call on resize. */
    public void layout(int windowWidth, int windowHeight) {
        width = Math.max(0, windowWidth);
        bands.layout(windowHeight, Palette.BACKGROUND_BOTTOM, Palette.BACKGROUND_TOP);
    }

    /** Clears the whole window to the gradient; the scissor test is off again afterwards. */
    public void draw() {
        GL20 gl = Gdx.gl;
        gl.glEnable(GL20.GL_SCISSOR_TEST);
        for (int i = 0; i < bands.count(); i++) {
            int rgb = bands.rgb(i);
            gl.glScissor(0, bands.bottom(i), width, bands.rows(i));
            gl.glClearColor((rgb >> 16 & 0xff) / 255f, (rgb >> 8 & 0xff) / 255f, (rgb & 0xff) / 255f, 1f);
            gl.glClear(GL20.GL_COLOR_BUFFER_BIT);
        }
        gl.glDisable(GL20.GL_SCISSOR_TEST);
    }
}
