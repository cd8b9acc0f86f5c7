package dev.kvcache.render;

import com.badlogic.gdx.Gdx;
import com.badlogic.gdx.graphics.GL20;
import com.badlogic.gdx.math.Rectangle;

/**
 * Paints the window's background gradient with one scissored clear per {@link GradientBands} band,
 * outside any batch: a clear costs almost nothing, in software GL too, where a textured quad over
 * the whole window was half of every frame's pixels.
 */
public final class BackgroundClear {
    private final GradientBands bands = new GradientBands();

    /** Lays the bands out for a window {@code windowHeight} pixels high; call on resize. */
    public void layout(int windowHeight) {
        bands.layout(windowHeight, Palette.BACKGROUND_BOTTOM, Palette.BACKGROUND_TOP);
    }

    /**
     * Clears the window's pixels under {@code area} (the whole window, or the part a frame repaints)
     * to the gradient; the scissor test is off again afterwards.
     */
    public void draw(Rectangle area) {
        // The pixels the area covers; the app gives whole pixels, as the scissor clipping the layers above takes them.
        int left = (int) Math.floor(area.x);
        int bottom = (int) Math.floor(area.y);
        clear(left, bottom, (int) Math.ceil(area.x + area.width) - left, (int) Math.ceil(area.y + area.height) - bottom);
    }

    private void clear(int left, int bottom, int columns, int rowCount) {
        GL20 gl = Gdx.gl;
        gl.glEnable(GL20.GL_SCISSOR_TEST);
        long top = (long) bottom + rowCount;
        for (int i = 0; i < bands.count(); i++) {
            int from = Math.max(bottom, bands.bottom(i));
            long to = Math.min(top, (long) bands.bottom(i) + bands.rows(i));
            if (to <= from || columns <= 0) {
                continue;
            }
            int rgb = bands.rgb(i);
            gl.glScissor(left, from, columns, (int) (to - from));
            gl.glClearColor((rgb >> 16 & 0xff) / 255f, (rgb >> 8 & 0xff) / 255f, (rgb & 0xff) / 255f, 1f);
            gl.glClear(GL20.GL_COLOR_BUFFER_BIT);
        }
        gl.glDisable(GL20.GL_SCISSOR_TEST);
    }
}
