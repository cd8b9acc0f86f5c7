package dev.kvcache.ui;

import com.badlogic.gdx.graphics.Color;
import com.badlogic.gdx.math.MathUtils;
import dev.kvcache.host.HostView;
import dev.kvcache.render.FlatPainter;
import dev.kvcache.render.FontStyle;
import dev.kvcache.render.Palette;
import dev.kvcache.render.TextPainter;
import dev.kvcache.sim.FlashMode;
import dev.kvcache.sim.SimulationView;
import dev.kvcache.units.Quantities;

/** The large red "MEMORY SAVED" banner at the top centre while FlashAttention is on, with the amount. */
public final class FlashBanner {
    private static final Color RED = Palette.rgb(0xc92a2a);
    private static final Color GLOW = Palette.rgb(0xff6b6b);
    private static final Color AMOUNT = Palette.rgb(0xffe066);
    private final StringBuilder amount = new StringBuilder(32);

    /**
     * The one-line form for narrow windows, drawn from {@code x} with its top at {@code top}; returns
     * its height (0 when off).
     */
    public float drawCompact(FlatPainter painter, TextPainter text, SimulationView simulation, float x, float top,
            float maxWidth) {
        if (simulation.settings().flash() != FlashMode.FLASH) {
            return 0f;
        }
        int gpus = Math.max(1, simulation.memory().gpuCount());
        amount.setLength(0);
        amount.append("FlashAttention saves ");
        Quantities.bytes(amount, simulation.memory().flashSavedNowBytesPerGpu());
        float height = text.lineHeight(FontStyle.LABEL) * 1.4f;
        float width = Math.min(maxWidth, text.width(amount, FontStyle.LABEL) + height);
        painter.rect(x, top - height, width, height, RED, 0.9f);
        text.draw(amount, FontStyle.LABEL, AMOUNT, x + height / 2f, top - height * 0.2f);
        return height;
    }

    /** Draws the banner centred on {@code centreX} below {@code top}; returns its height (0 when off). */
    public float draw(FlatPainter painter, TextPainter text, HostView host, float centreX, float top,
            float maxWidth, float time) {
        SimulationView simulation = host.simulation();
        if (simulation.settings().flash() != FlashMode.FLASH) {
            return 0f;
        }
        int gpus = Math.max(1, simulation.memory().gpuCount());
        amount.setLength(0);
        Quantities.bytes(amount, simulation.memory().flashSavedNowBytesPerGpu());
        if (gpus > 1) {
            amount.append(" per ").append(host.device().unit().singular());
        }
        float headline = text.lineHeight(FontStyle.LABEL);
        float big = text.lineHeight(FontStyle.BANNER);
        float width = Math.min(maxWidth, Math.max(text.width(amount, FontStyle.BANNER),
                text.width("\u26a0 FLASHATTENTION ACTIVE", FontStyle.LABEL)) + 2 * headline);
        float height = headline * 2.6f + big;
        float x = centreX - width / 2f;
        float pulse = 0.75f + 0.25f * MathUtils.sin(time * 2.5f);
        painter.rect(x - 4f, top - height - 4f, width + 8f, height + 8f, GLOW, 0.25f * pulse);
        painter.rect(x, top - height, width, height, RED, 0.9f);
        float y = top - headline * 0.4f;
        text.drawCentred("FLASHATTENTION ACTIVE", FontStyle.LABEL, Palette.TEXT, centreX, y);
        y -= headline * 1.1f;
        text.drawCentred(amount, FontStyle.BANNER, AMOUNT, centreX, y);
        y -= big;
        text.drawCentred("MEMORY SAVED", FontStyle.LABEL, Palette.TEXT, centreX, y);
        return height;
    }
}
