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
        float top = area.y + (area.height + text.lineHeight(FontStyle.SMALL)) / 2f;
        text.drawCentred(lines.get(currentIndex()), FontStyle.SMALL, colour, area.x + area.width / 2f, top);
    }
}
