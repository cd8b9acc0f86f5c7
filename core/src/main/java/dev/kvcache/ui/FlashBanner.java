package dev.kvcache.ui;

import com.badlogic.gdx.graphics.Color;
import com.badlogic.gdx.math.MathUtils;
import com.badlogic.gdx.math.Rectangle;
import dev.kvcache.host.HostView;
import dev.kvcache.render.FlatPainter;
import dev.kvcache.render.FontStyle;
import dev.kvcache.render.Palette;
import dev.kvcache.render.TextPainter;
import dev.kvcache.sim.FlashMode;
import dev.kvcache.sim.SimulationView;
import dev.kvcache.units.Quantities;

/**
 * The red "MEMORY SAVED" banner while FlashAttention is on, with the amount: a large block at the
 * top centre, or one line where the layout has no room for the block (see the ScreenLayout's
 * banner form). It draws only inside the rectangle the layout gives it.
 */
public final class FlashBanner {
    private static final Color RED = Palette.rgb(0xc92a2a);
    private static final Color GLOW = Palette.rgb(0xff6b6b);
    private static final Color AMOUNT = Palette.rgb(0xffe066);
    private static final String HEADLINE = "FLASHATTENTION ACTIVE";
    private final StringBuilder amount = new StringBuilder(32);

    /** Height of the large block at the current font scale (px). */
    public float fullHeight(TextPainter text) {
        return text.lineHeight(FontStyle.LABEL) * 2.6f + text.lineHeight(FontStyle.BANNER);
    }

    /** Height of the one-line form at the current font scale (px). */
    public float compactHeight(TextPainter text) {
        return text.lineHeight(FontStyle.LABEL) * 1.4f;
    }

    /**
     * The one-line form, from the left of {@code area}: "FlashAttention saves X", or "FA saves X"
     * where that does not fit, or nothing; returns its height (0 when off or nothing fits).
     */
    public float drawCompact(FlatPainter painter, TextPainter text, HostView host, Rectangle area) {
        SimulationView simulation = host.simulation();
        if (simulation.settings().flash() != FlashMode.FLASH || area.width <= 0f) {
            return 0f;
        }
        float height = compactHeight(text);
        compactText(host, "FlashAttention saves ");
        float width = text.width(amount, FontStyle.LABEL) + height;
        if (width > area.width) {
            compactText(host, "FA saves ");
            width = text.width(amount, FontStyle.LABEL) + height;
            if (width > area.width) {
                return 0f;
            }
        }
        float top = area.y + (area.height + height) / 2f;
        painter.rect(area.x, top - height, width, height, RED, 0.9f);
        text.draw(amount, FontStyle.LABEL, AMOUNT, area.x + height / 2f, top - height * 0.2f);
        return height;
    }

    private void compactText(HostView host, String lead) {
        amount.setLength(0);
        amount.append(lead);
        perDevice(host);
    }

    /** The amount saved now on one device, "per GPU" (chip, wafer) when there are several. */
    private void perDevice(HostView host) {
        Quantities.bytes(amount, host.simulation().memory().flashSavedNowBytesPerGpu());
        if (host.simulation().memory().gpuCount() > 1) {
            amount.append(" per ").append(host.device().unit().singular());
        }
    }

    /** Draws the block centred in {@code area} (top-aligned); returns its height (0 when off). */
    public float draw(FlatPainter painter, TextPainter text, HostView host, Rectangle area, float time) {
        if (host.simulation().settings().flash() != FlashMode.FLASH) {
            return 0f;
        }
        amount.setLength(0);
        perDevice(host);
        float headline = text.lineHeight(FontStyle.LABEL);
        float big = text.lineHeight(FontStyle.BANNER);
        float content = Math.max(text.width(amount, FontStyle.BANNER), text.width(HEADLINE, FontStyle.LABEL));
        if (content > area.width) {
            return drawCompact(painter, text, host, area);
        }
        float width = Math.min(area.width, content + 2 * headline);
        float height = fullHeight(text);
        float centreX = area.x + area.width / 2f;
        float top = area.y + area.height;
        float x = centreX - width / 2f;
        float glow = headline * 0.3f;
        float pulse = 0.75f + 0.25f * MathUtils.sin(time * 2.5f);
        painter.rect(x - glow, top - height - glow, width + 2 * glow, height + 2 * glow, GLOW, 0.25f * pulse);
        painter.rect(x, top - height, width, height, RED, 0.9f);
        float y = top - headline * 0.4f;
        text.drawCentred(HEADLINE, FontStyle.LABEL, Palette.TEXT, centreX, y);
        y -= headline * 1.1f;
        text.drawCentred(amount, FontStyle.BANNER, AMOUNT, centreX, y);
        y -= big;
        text.drawCentred("MEMORY SAVED", FontStyle.LABEL, Palette.TEXT, centreX, y);
        return height;
    }
}
