package dev.kvcache.ui;

import com.badlogic.gdx.graphics.Color;
import com.badlogic.gdx.math.Rectangle;
import dev.kvcache.render.FontStyle;
import dev.kvcache.render.Palette;
import dev.kvcache.render.TextPainter;
import java.util.List;

/**
 * The rotating factoid strip at the bottom of wide windows: one sentence at a time, each shown for
 * {@link #SECONDS_EACH} seconds with a fade, hidden when the layout has no room for it.
 */
public final class FactoidTicker {
    public static final float SECONDS_EACH = 9f;
    private static final float FADE_SECONDS = 0.6f;
    private final List<String> lines;
    private final Color colour = new Color();
    private float clock;
    private int measuredIndex = -1;
    private float measuredWidth = -1f;
    private float measuredLine = -1f;
    private float measuredHeight;

    /** {@code lines} are the finished sentences (numbers already computed by the memory engine). */
    public FactoidTicker(List<String> lines) {
        this.lines = lines;
    }

    public void advance(float seconds) {
        clock += Math.max(0f, seconds);
    }

    public int currentIndex() {
        return lines.isEmpty() ? -1 : (int) (clock / SECONDS_EACH) % lines.size();
    }

    public void draw(TextPainter text, Rectangle area) {
        if (lines.isEmpty() || area.width <= 0f || area.height < text.lineHeight(FontStyle.SMALL)) {
            return;
        }
        float within = clock % SECONDS_EACH;
        float alpha = Math.min(1f, Math.min(within / FADE_SECONDS, (SECONDS_EACH - within) / FADE_SECONDS));
        colour.set(Palette.TEXT_DIM);
        colour.a = Math.max(0f, alpha);
        // Wrapped inside the strip, and left out when even wrapped it would not fit: never under other text.
        String line = lines.get(currentIndex());
        float width = area.width * 0.96f;
        float lineHeight = text.lineHeight(FontStyle.SMALL);
        if (currentIndex() != measuredIndex || width != measuredWidth || lineHeight != measuredLine) {
            measuredIndex = currentIndex();
            measuredWidth = width;
            measuredLine = lineHeight;
            measuredHeight = text.wrappedHeight(line, FontStyle.SMALL, width);
        }
        if (measuredHeight > area.height) {
            return;
        }
        float top = area.y + (area.height + measuredHeight) / 2f;
        text.drawWrappedCentred(line, FontStyle.SMALL, colour, area.x + area.width * 0.02f, top, width);
    }
}
