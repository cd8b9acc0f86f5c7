package dev.kvcache.ui;

import com.badlogic.gdx.graphics.Color;
import dev.kvcache.render.FlatPainter;
import dev.kvcache.render.FontStyle;
import dev.kvcache.render.Palette;
import dev.kvcache.render.TextPainter;

/** The translucent box with a thin border and a title that every side panel sits in. */
public final class PanelBox {
    static final Color FILL = new Color(0.07f, 0.09f, 0.16f, 0.88f);
    static final Color BORDER = Palette.rgb(0x31406a);

    private PanelBox() {
    }

    /** Draws the box; returns the top of the content area (below the title). */
    public static float draw(FlatPainter painter, TextPainter text, CharSequence title, Color titleColour, float x,
            float top, float width, float height, float padding) {
        painter.rect(x, top - height, width, height, FILL);
        painter.frame(x, top - height, width, height, 1f, BORDER);
        float used = text.draw(title, FontStyle.LABEL, titleColour, x + padding, top - padding);
        return top - padding - used - padding * 0.8f;
    }

    /** Height of the title band for a given padding. */
    public static float titleHeight(TextPainter text, float padding) {
        return padding + text.lineHeight(FontStyle.LABEL) + padding * 0.8f;
    }
}
