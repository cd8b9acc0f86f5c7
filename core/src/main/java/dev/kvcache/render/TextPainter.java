package dev.kvcache.render;

import com.badlogic.gdx.graphics.Color;
import com.badlogic.gdx.graphics.g2d.BitmapFont;
import com.badlogic.gdx.graphics.g2d.GlyphLayout;
import com.badlogic.gdx.graphics.g2d.SpriteBatch;
import com.badlogic.gdx.utils.Align;
import com.badlogic.gdx.utils.Array;
import com.badlogic.gdx.utils.FloatArray;
import com.badlogic.gdx.utils.IntArray;

/**
 * Text in a {@link FontStyle} through the shared batch. Each call is measured at once (so it can
 * return its height) but drawn at {@link #flush()}, grouped by style: text always sits on top of
 * the fills, and the batch switches texture once per font instead of at every label, which keeps
 * draw calls per frame low and flat. The queue copies text into reused builders and lays it out
 * with one reused layout: no allocation per frame.
 */
public final class TextPainter {
    private static final int STYLES = FontStyle.values().length;

    private final FontSource fonts;
    private final GlyphLayout layout = new GlyphLayout();
    private final Array<StringBuilder> texts = new Array<>();
    private final Array<Color> colours = new Array<>();
    private final FloatArray numbers = new FloatArray();
    private final IntArray aligns = new IntArray();
    private final int[][] byStyle = new int[STYLES][];
    private final int[] countByStyle = new int[STYLES];
    private int queued;
    private SpriteBatch batch;

    public TextPainter(FontSource fonts) {
        this.fonts = fonts;
        for (int i = 0; i < STYLES; i++) {
            byStyle[i] = new int[64];
        }
    }

    public void use(SpriteBatch spriteBatch) {
        batch = spriteBatch;
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

    /** Draws everything queued this frame, one style after another; call before the batch ends. */
    public void flush() {
        for (int style = 0; style < STYLES; style++) {
            if (countByStyle[style] == 0) {
                continue;
            }
            BitmapFont font = fonts.get(FontStyle.values()[style]);
            for (int i = 0; i < countByStyle[style]; i++) {
                int index = byStyle[style][i];
                StringBuilder text = texts.get(index);
                float wrapWidth = numbers.get(index * 3 + 2);
                layout.setText(font, text, 0, text.length(), colours.get(index), wrapWidth, aligns.get(index),
                        wrapWidth > 0f, null);
                font.draw(batch, layout, numbers.get(index * 3), numbers.get(index * 3 + 1));
            }
            countByStyle[style] = 0;
        }
        queued = 0;
        numbers.clear();
        aligns.clear();
    }

    /** Queues one text and returns its height; a wrap width of 0 means one line. */
    private float queue(CharSequence text, FontStyle style, Color color, float x, float top, float wrapWidth,
            int align) {
        if (queued == texts.size) {
            texts.add(new StringBuilder(64));
            colours.add(new Color());
        }
        StringBuilder copy = texts.get(queued);
        copy.setLength(0);
        copy.append(text);
        colours.get(queued).set(color);
        numbers.add(x, top, wrapWidth);
        aligns.add(align);
        int s = style.ordinal();
        if (countByStyle[s] == byStyle[s].length) {
            int[] grown = new int[byStyle[s].length * 2];
            System.arraycopy(byStyle[s], 0, grown, 0, byStyle[s].length);
            byStyle[s] = grown;
        }
        byStyle[s][countByStyle[s]++] = queued++;
        layout.setText(fonts.get(style), text, 0, text.length(), color, wrapWidth, align, wrapWidth > 0f, null);
        return layout.height;
    }

    /** Height {@code text} would take wrapped to {@code width}, without drawing it. */
    public float wrappedHeight(CharSequence text, FontStyle style, float width) {
        layout.setText(fonts.get(style), text, 0, text.length(), Color.WHITE, Math.max(1f, width), Align.left, true, null);
        return layout.height;
    }

    /** Width of {@code text} in a style at the current scale (px). */
    public float width(CharSequence text, FontStyle style) {
        layout.setText(fonts.get(style), text);
        return layout.width;
    }

    /** Width of the text last drawn or measured (px), at no extra cost. */
    public float lastWidth() {
        return layout.width;
    }

    /** Line height of a style at the current scale (px). */
    public float lineHeight(FontStyle style) {
        return fonts.get(style).getLineHeight();
    }
}
