package dev.kvcache.ui;

import com.badlogic.gdx.graphics.Color;
import com.badlogic.gdx.math.Rectangle;
import dev.kvcache.host.HostView;
import dev.kvcache.host.RenderMode;
import dev.kvcache.memory.FactoidLine;
import dev.kvcache.render.FontStyle;
import dev.kvcache.render.Palette;
import dev.kvcache.render.TextPainter;
import java.util.List;

/**
 * The rotating factoid strip at the bottom of wide windows: one sentence at a time, each shown for
 * {@link #SECONDS_EACH} seconds with a fade (a plain cut while the app draws only on change, which
 * wakes it for each new sentence), hidden when the layout has no room for it. Sentences
 * about the model and device on screen come first ({@link FactoidOrder}); a new model or device
 * starts the rotation again from the most relevant one.
 */
public final class FactoidTicker {
    public static final float SECONDS_EACH = 9f;
    private static final float FADE_SECONDS = 0.6f;
    private final List<FactoidLine> lines;
    private final HostView host;
    private final int[] order;
    private final Color colour = new Color();
    private String orderedFor = "";
    private String orderedForDevice = "";
    private float clock;
    /** The sentence last measured (identity: the list's own strings), so wrapping is measured once per sentence. */
    private String measuredText;
    private float measuredWidth = -1f;
    private float measuredLine = -1f;
    private float measuredHeight;

    /** {@code lines} are the finished sentences (numbers already computed by the memory engine). */
    public FactoidTicker(List<FactoidLine> lines, HostView host) {
        this.lines = lines;
        this.host = host;
        this.order = new int[lines.size()];
    }

    /** Advances by {@code seconds} of real time (however long the app idled). */
    public void advance(float seconds) {
        clock += Math.max(0f, seconds);
    }

    /** Seconds until the next sentence replaces this one. */
    public float secondsToNextSentence() {
        return SECONDS_EACH - clock % SECONDS_EACH;
    }

    /** The sentence showing now, or null when there are none. */
    public String current() {
        if (lines.isEmpty()) {
            return null;
        }
        String model = host.model().id();
        String device = host.device().id();
        if (!model.equals(orderedFor) || !device.equals(orderedForDevice)) {
            FactoidOrder.fill(lines, model, device, order);
            orderedFor = model;
            orderedForDevice = device;
            clock = 0f;
        }
        return lines.get(order[(int) (clock / SECONDS_EACH) % lines.size()]).text();
    }

    /**
     * Draws the sentence in {@code area}; under {@link RenderMode#ON_CHANGE} at full strength, as
     * no frame would show a fade.
     */
    public void draw(TextPainter text, Rectangle area, RenderMode mode) {
        String line = current();
        if (line == null || area.width <= 0f || area.height < text.lineHeight(FontStyle.SMALL)) {
            return;
        }
        float within = clock % SECONDS_EACH;
        float alpha = mode == RenderMode.ON_CHANGE ? 1f
                : Math.min(1f, Math.min(within / FADE_SECONDS, (SECONDS_EACH - within) / FADE_SECONDS));
        colour.set(Palette.TEXT_DIM);
        colour.a = Math.max(0f, alpha);
        // Wrapped inside the strip, and left out when even wrapped it would not fit: never under other text.
        float width = area.width * 0.96f;
        float lineHeight = text.lineHeight(FontStyle.SMALL);
        if (line != measuredText || width != measuredWidth || lineHeight != measuredLine) {
            measuredText = line;
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
