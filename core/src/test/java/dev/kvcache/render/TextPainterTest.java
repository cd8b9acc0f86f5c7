package dev.kvcache.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.badlogic.gdx.graphics.Color;
import dev.kvcache.HeadlessGdx;
import java.lang.management.ManagementFactory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Text is laid out when it changes, not every frame: unchanged text reuses its layout, measuring and
 * drawing share one, a changed character or a new font size lays out again, and text that changes
 * every frame recycles layouts without allocating.
 */
class TextPainterTest {
    private AtlasFontSource fonts;
    private TextPainter text;
    private CountingBatch batch;

    @BeforeEach
    void setUp() {
        HeadlessGdx.start();
        UiAtlas atlas = new UiAtlas(HeadlessGdx.smallFontPage(), HeadlessGdx.smallFontData(),
                HeadlessGdx.smallFontData());
        fonts = new AtlasFontSource(atlas);
        fonts.setScale(1f, 1f);
        text = new TextPainter(fonts);
        batch = CountingBatch.create();
    }

    @Test
    void unchangedTextIsLaidOutOnceWhateverTheFrames() {
        for (int frame = 0; frame < 20; frame++) {
            startFrame();
            text.draw("Context", FontStyle.BODY, Color.WHITE, 10f, 100f);
            text.drawWrapped("KV per token = 2 x 32 layers x 8 heads", FontStyle.SMALL, Color.WHITE, 10f, 80f, 90f);
            text.flush();
        }
        assertEquals(2, text.layoutsMade());
        assertTrue(batch.vertices() > 4 * 20, "both texts drawn in the last frame: " + batch.vertices());
    }

    @Test
    void thePanelsTextOutlivesTheSceneOnlyFramesBetweenWholeOnes() {
        for (int refresh = 0; refresh < 5; refresh++) {
            startFrame();
            text.draw("Model", FontStyle.BODY, Color.WHITE, 10f, 100f); // a panel's label: whole frames only
            text.draw("HBM3", FontStyle.SMALL, Color.WHITE, 400f, 100f); // the scene's: every frame
            text.flush();
            for (int sceneOnly = 0; sceneOnly < 11; sceneOnly++) {
                batch.clear();
                text.use(batch, TextPainter.Recycling.NONE);
                text.draw("HBM3", FontStyle.SMALL, Color.WHITE, 400f, 100f);
                text.flush();
            }
        }
        assertEquals(2, text.layoutsMade(), "each laid out once, though the label skipped 11 frames in 12");

        startFrame();
        text.draw("HBM3", FontStyle.SMALL, Color.WHITE, 400f, 100f);
        text.flush();
        startFrame(); // the label missed a whole frame: its layout is recycled
        text.draw("Model", FontStyle.BODY, Color.WHITE, 10f, 100f);
        text.flush();
        assertEquals(3, text.layoutsMade());
    }

    @Test
    void measuringAndDrawingAtAnyAlignmentShareOneLayout() {
        startFrame();
        float width = text.width("128K tokens", FontStyle.BODY);
        text.draw("128K tokens", FontStyle.BODY, Color.WHITE, 300f - width, 100f);
        text.flush();
        float[] left = firstAndLastX();
        batch.clear();
        text.drawRight("128K tokens", FontStyle.BODY, Color.WHITE, 300f, 100f);
        text.flush();
        float[] right = firstAndLastX();
        batch.clear();
        text.drawCentred("128K tokens", FontStyle.BODY, Color.WHITE, 300f - width / 2f, 100f);
        text.flush();
        float[] centred = firstAndLastX();
        assertEquals(1, text.layoutsMade(), "one layout for the measure and all three alignments");
        assertEquals(left[0], right[0], 0.001f, "right-aligned ends where the measured width says");
        assertEquals(left[1], right[1], 0.001f);
        assertEquals(left[0], centred[0], 0.001f, "centred on the middle of the measured width");
    }

    @Test
    void aChangedCharacterOrWidthIsLaidOutAgain() {
        startFrame();
        text.draw("frame 1", FontStyle.SMALL, Color.WHITE, 0f, 0f);
        text.draw("frame 2", FontStyle.SMALL, Color.WHITE, 0f, 0f);
        text.draw("frame 2", FontStyle.SMALL, Color.WHITE, 0f, 0f);
        assertEquals(2, text.layoutsMade());
        text.drawWrapped("frame 2", FontStyle.SMALL, Color.WHITE, 0f, 0f, 200f);
        text.drawWrapped("frame 2", FontStyle.SMALL, Color.WHITE, 0f, 0f, 300f);
        assertEquals(4, text.layoutsMade(), "each wrap width is its own layout");
        text.draw("frame 2", FontStyle.LABEL, Color.WHITE, 0f, 0f);
        assertEquals(5, text.layoutsMade(), "another style is another font");
        text.flush();
    }

    @Test
    void aNewFontSizeLaysTheTextOutAgain() {
        startFrame();
        float small = text.width("Memory budget", FontStyle.BODY);
        fonts.setScale(2f, 2f);
        float large = text.width("Memory budget", FontStyle.BODY);
        assertEquals(2, text.layoutsMade());
        assertEquals(2f * small, large, small * 0.1f, "twice the scale, about twice as wide");
    }

    @Test
    void thePenLandsOnWholePixels() {
        startFrame();
        text.draw("Weights", FontStyle.BODY, Color.WHITE, 10f, 50f);
        text.flush();
        float[] whole = firstAndLastX();
        float wholeY = batch.y(0);
        batch.clear();
        text.draw("Weights", FontStyle.BODY, Color.WHITE, 10.4f, 50.3f);
        text.flush();
        assertEquals(whole[0], firstAndLastX()[0], 0.001f);
        assertEquals(wholeY, batch.y(0), 0.001f);
    }

    @Test
    void textChangingEveryFrameRecyclesItsLayoutsWithoutAllocating() {
        StringBuilder counter = new StringBuilder(32);
        for (int frame = 0; frame < 300; frame++) {
            drawFrameWithCounter(counter, frame);
        }
        long layoutsBefore = text.layoutsMade();
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long before = threads.getThreadAllocatedBytes(Thread.currentThread().getId());
        for (int frame = 300; frame < 400; frame++) {
            drawFrameWithCounter(counter, frame);
        }
        long allocated = threads.getThreadAllocatedBytes(Thread.currentThread().getId()) - before;
        assertEquals(100, text.layoutsMade() - layoutsBefore, "only the counter is laid out, once a frame");
        assertEquals(0L, allocated, "bytes allocated over 100 frames");
        assertTrue(text.liveLayouts() <= 4, "old counters recycled, " + text.liveLayouts() + " held");
    }

    private void drawFrameWithCounter(StringBuilder counter, int frame) {
        startFrame();
        counter.setLength(0);
        counter.append("frame ").append(frame).append(" \u00b7 60 fps");
        text.drawRight(counter, FontStyle.SMALL, Color.WHITE, 500f, 20f);
        text.draw("KV Cache Growth Simulator", FontStyle.TITLE, Color.WHITE, 10f, 20f);
        text.flush();
    }

    @Test
    void everyGlyphIsDrawnFromTheFontsTexture() {
        startFrame();
        text.draw("abc", FontStyle.BODY, Color.WHITE, 0f, 0f);
        text.flush();
        assertEquals(fonts.get(FontStyle.BODY).getRegion().getTexture(), batch.lastTexture);
        assertNotEquals(0, batch.draws);
    }

    private void startFrame() {
        batch.clear();
        text.use(batch);
    }

    /** The smallest and largest x of the quads drawn. */
    private float[] firstAndLastX() {
        float min = Float.MAX_VALUE;
        float max = -Float.MAX_VALUE;
        for (int i = 0; i < batch.vertices(); i++) {
            min = Math.min(min, batch.x(i));
            max = Math.max(max, batch.x(i));
        }
        return new float[] {min, max};
    }
}
