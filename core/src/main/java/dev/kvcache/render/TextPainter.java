package dev.kvcache.render;

import com.badlogic.gdx.graphics.Color;
import com.badlogic.gdx.graphics.g2d.BitmapFont;
import com.badlogic.gdx.graphics.g2d.GlyphLayout;
import com.badlogic.gdx.graphics.g2d.SpriteBatch;
import com.badlogic.gdx.utils.Align;
import dev.kvcache.ui.FontSource;
import dev.kvcache.ui.FontStyle;

/** Draws text in a {@link FontStyle} through the shared batch, reusing one layout object. */
public final class TextPainter {
    private final FontSource fonts;
    private final GlyphLayout layout = new GlyphLayout();
    private SpriteBatch batch;

    public TextPainter(FontSource fonts) {
        this.fonts = fonts;
    }

    public void use(SpriteBatch spriteBatch) {
        batch = spriteBatch;
    }

    /** Draws {@code text} with its top-left corner at (x, top); returns the height used. */
    public float draw(CharSequence text, FontStyle style, Color color, float x, float top) {
        BitmapFont font = fonts.get(style);
        font.setColor(color);
        layout.setText(font, text);
        font.draw(batch, layout, x, top);
        return layout.height;
    }

    /** Draws {@code text} centred horizontally on {@code centreX}, top at {@code top}. */
    public float drawCentred(CharSequence text, FontStyle style, Color color, float centreX, float top) {
        BitmapFont font = fonts.get(style);
        font.setColor(color);
        layout.setText(font, text);
        font.draw(batch, layout, centreX - layout.width / 2f, top);
        return layout.height;
    }

    /** Draws {@code text} right-aligned so it ends at {@code right}. */
    public float drawRight(CharSequence text, FontStyle style, Color color, float right, float top) {
        BitmapFont font = fonts.get(style);
        font.setColor(color);
        layout.setText(font, text, color, 0f, Align.right, false);
        font.draw(batch, layout, right, top);
        return layout.height;
    }

    /** Draws {@code text} wrapped to {@code width}; returns the height used. */
    public float drawWrapped(CharSequence text, FontStyle style, Color color, float x, float top, float width) {
        BitmapFont font = fonts.get(style);
        font.setColor(color);
        layout.setText(font, text, 0, text.length(), color, Math.max(1f, width), Align.left, true, null);
        font.draw(batch, layout, x, top);
        return layout.height;
    }

    /** Draws {@code text} wrapped to {@code width} and centred in it; returns the height used. */
    public float drawWrappedCentred(CharSequence text, FontStyle style, Color color, float x, float top, float width) {
        BitmapFont font = fonts.get(style);
        font.setColor(color);
        layout.setText(font, text, 0, text.length(), color, Math.max(1f, width), Align.center, true, null);
        font.draw(batch, layout, x, top);
        return layout.height;
    }

    /** Height {@code text} would take wrapped to {@code width}, without drawing it. */
    public float wrappedHeight(CharSequence text, FontStyle style, float width) {
        BitmapFont font = fonts.get(style);
        layout.setText(font, text, 0, text.length(), Color.WHITE, Math.max(1f, width), Align.left, true, null);
        return layout.height;
    }

    /** Width of {@code text} in a style at the current scale (px). */
    public float width(CharSequence text, FontStyle style) {
        layout.setText(fonts.get(style), text);
        return layout.width;
    }

    /** Line height of a style at the current scale (px). */
    public float lineHeight(FontStyle style) {
        return fonts.get(style).getLineHeight();
    }
}
