package dev.kvcache.render;

import com.badlogic.gdx.graphics.Color;
import com.badlogic.gdx.graphics.g2d.Batch;
import com.badlogic.gdx.utils.Align;
import com.badlogic.gdx.utils.Array;
import com.badlogic.gdx.utils.FloatArray;

/**
 * Text in a {@link FontStyle} through the shared batch. A text is laid out the first time it is
 * drawn or measured and then reused from {@link TextLayouts} while its characters, style, width and
 * alignment stay the same, so unchanged text costs a copy of its quads per frame, never a layout.
 * Each call returns its height at once but is drawn at {@link #flush()}, so text always sits on top
 * of the fills. Nothing here allocates per frame.
 */
public final class TextPainter {
    /** Glyphs copied to the batch at a time. */
    private static final int BUFFER_GLYPHS = 128;

    private final FontSource fonts;
    private final TextLayouts layouts = new TextLayouts();
    private final Array<LaidOutText> queued = new Array<>(false, 256);
    /** Per queued text: x, top and packed colour. */
    private final FloatArray placement = new FloatArray(768);
    private final float[] vertices = new float[BUFFER_GLYPHS * LaidOutText.VERTEX_FLOATS];
    private float lastWidth;
    private Batch batch;

    public TextPainter(FontSource fonts) {
        this.fonts = fonts;
    }

    /** Which cached layouts a frame gives back to be reused for other texts. */
    public enum Recycling {
        /** Those not drawn or measured since the frame before: every frame repaints the whole window. */
        UNUSED_SINCE_LAST_FRAME,
        /**
         * None: this frame repaints only part of the window, and the text elsewhere (the panels',
         * still on screen) must find its layouts at the next whole frame; that frame recycles what
         * went unused since the whole frame before it.
         */
        NONE
    }

    /**
     * Starts the frame's text in {@code frameBatch} (call once per frame, with nothing queued):
     * layouts not drawn or measured since the previous frame are recycled.
     */
    public void use(Batch frameBatch) {
        use(frameBatch, Recycling.UNUSED_SINCE_LAST_FRAME);
    }

    /** Starts the frame's text in {@code frameBatch}, recycling cached layouts as {@code recycling} says. */
    public void use(Batch frameBatch, Recycling recycling) {
        batch = frameBatch;
        if (queued.size == 0 && recycling == Recycling.UNUSED_SINCE_LAST_FRAME) {
            layouts.nextFrame();
        }
    }

    /** Draws {@code text} with its top-left corner at (x, top); returns the height used. */
    public float draw(CharSequence text, FontStyle style, Color color, float x, float top) {
        return queue(text, style, color, x, top, 0f, Align.left);
    }

    /** Draws {@code text} centred horizontally on {@code centreX}, top at {@code top}. */
    public float drawCentred(CharSequence text, FontStyle style, Color color, float centreX, float top) {
        return queue(text, style, color, centreX, top, 0f, Align.center);
    }

    /** Draws {@code text} right-aligned so it ends at {@code right}. */
    public float drawRight(CharSequence text, FontStyle style, Color color, float right, float top) {
        return queue(text, style, color, right, top, 0f, Align.right);
    }

    /** Draws {@code text} wrapped to {@code width}; returns the height used. */
    public float drawWrapped(CharSequence text, FontStyle style, Color color, float x, float top, float width) {
        return queue(text, style, color, x, top, Math.max(1f, width), Align.left);
    }

    /** Draws {@code text} wrapped to {@code width} and centred in it; returns the height used. */
    public float drawWrappedCentred(CharSequence text, FontStyle style, Color color, float x, float top, float width) {
        return queue(text, style, color, x, top, Math.max(1f, width), Align.center);
    }

    /** Draws everything queued, in the order queued; call before the batch ends. */
    public void flush() {
        for (int i = 0; i < queued.size; i++) {
            // The pen on whole pixels (the layout keeps each line's baseline on one), so glyphs are
            // never smeared across two pixel rows by a fractional position.
            float x = Math.round(placement.get(i * 3));
            float top = Math.round(placement.get(i * 3 + 1));
            queued.get(i).drawInto(batch, vertices, x, top, placement.get(i * 3 + 2));
        }
        queued.clear();
        placement.clear();
    }

    /**
     * Queues one text and returns its height; a wrap width of 0 means one line. One line is laid out
     * left-aligned and moved here, so measuring it and drawing it at any alignment share one layout.
     */
    private float queue(CharSequence text, FontStyle style, Color color, float x, float top, float wrapWidth,
            int align) {
        boolean oneLine = wrapWidth <= 0f;
        LaidOutText laidOut = layouts.get(text, fonts.get(style), wrapWidth, oneLine ? Align.left : align);
        float left = x;
        if (oneLine && Align.isRight(align)) {
            left = x - laidOut.width;
        } else if (oneLine && Align.isCenterHorizontal(align)) {
            left = x - laidOut.width / 2f;
        }
        queued.add(laidOut);
        placement.add(left, top, color.toFloatBits());
        lastWidth = laidOut.width;
        return laidOut.height;
    }

    /** Height {@code text} would take wrapped to {@code width}, without drawing it. */
    public float wrappedHeight(CharSequence text, FontStyle style, float width) {
        LaidOutText laidOut = layouts.get(text, fonts.get(style), Math.max(1f, width), Align.left);
        lastWidth = laidOut.width;
        return laidOut.height;
    }

    /** Width of {@code text} in a style at the current scale (px). */
    public float width(CharSequence text, FontStyle style) {
        LaidOutText laidOut = layouts.get(text, fonts.get(style), 0f, Align.left);
        lastWidth = laidOut.width;
        return lastWidth;
    }

    /** Width of the text last drawn or measured (px), at no extra cost. */
    public float lastWidth() {
        return lastWidth;
    }

    /** Line height of a style at the current scale (px). */
    public float lineHeight(FontStyle style) {
        return fonts.get(style).getLineHeight();
    }

    /** Layouts run so far: drawing or measuring an unchanged text again adds none. */
    long layoutsMade() {
        return layouts.layoutsMade();
    }

    /** Layouts held now, for texts drawn or measured in this frame or the one before. */
    int liveLayouts() {
        return layouts.liveCount();
    }
}
