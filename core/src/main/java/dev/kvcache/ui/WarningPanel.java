package dev.kvcache.ui;

import com.badlogic.gdx.graphics.Color;
import dev.kvcache.catalog.DeviceSpec;
import dev.kvcache.catalog.ModuleKind;
import dev.kvcache.render.FontStyle;
import dev.kvcache.render.Palette;
import dev.kvcache.sim.MemoryUsage;
import dev.kvcache.sim.SimSettings;
import dev.kvcache.sim.SimulationView;
import dev.kvcache.sim.UsageLevel;
import dev.kvcache.units.Quantities;

/**
 * Warnings in words: orange near the limit (80%), red when the scenario needs more than one GPU
 * (with the count and how distributed serving copes), SRAM parts' own message, and at 100x the
 * "Memory Apocalypse" when the need is absurd. Rebuilt each frame into reused builders.
 */
public final class WarningPanel {
    public static final Color ORANGE = Palette.rgb(0xff922b);
    public static final Color RED = Palette.rgb(0xff6b6b);
    /** GPU count beyond which 100x shows the apocalypse warning (a DGX SuperPOD has 256 GPUs). */
    public static final int APOCALYPSE_GPUS = 256;

    private final StringBuilder message = new StringBuilder(400);
    private Color colour = ORANGE;
    private final StringBuilder title = new StringBuilder(40);

    /** Builds the message for this frame; returns false when there is nothing to warn about. */
    public boolean compose(PanelContext context) {
        SimulationView simulation = context.host.simulation();
        MemoryUsage usage = simulation.memory();
        SimSettings settings = simulation.settings();
        DeviceSpec device = context.host.device();
        int needed = usage.gpusNeeded();
        message.setLength(0);
        boolean sram = device.moduleKind() == ModuleKind.SRAM;
        if (settings.speed() >= 100.0 && needed >= APOCALYPSE_GPUS) {
            colour = RED;
            title.setLength(0);
            title.append("MEMORY APOCALYPSE");
            Quantities.grouped(message, needed);
            if (sram) {
                message.append(" wafers/chips of on-chip SRAM. That is a fab's output, not a rack: stream weights from external memory or pick a smaller context.");
            } else {
                message.append(" \u00d7 ").append(device.name()).append(" needed. Build a datacenter: a DGX SuperPOD holds 256 GPUs.");
            }
        } else if (needed > 1 && sram) {
            colour = RED;
            title.setLength(0);
            Quantities.grouped(title.append("Needs "), needed).append(" chips");
            message.append("All of ").append(device.name()).append("'s memory is ");
            Quantities.bytes(message, device.usableBytes()).append(" of on-chip SRAM: at full context this batch needs ");
            Quantities.grouped(message, needed).append(" of them, wired together, or weights streamed from external memory.");
        } else if (needed > 1) {
            colour = RED;
            title.setLength(0);
            Quantities.grouped(title.append("Needs "), needed).append(" GPUs");
            message.append("At full context this batch needs ");
            Quantities.grouped(message, needed).append(" \u00d7 ").append(device.name()).append(" (");
            Quantities.bytes(message, device.usableBytes()).append(" usable each). Engines split heads (tensor parallel), layers (pipeline parallel) and, for very long contexts, tokens (context parallel), paying in interconnect traffic.");
        } else if (simulation.level() != UsageLevel.OK) {
            colour = ORANGE;
            title.setLength(0);
            title.append("Approaching the limit");
            Quantities.percent(message, usage.usageFraction()).append(" of ").append(device.name())
                    .append(" in use; above 100% requests wait or are preempted.");
        } else if (sram) {
            colour = Palette.ACCENT;
            title.setLength(0);
            title.append("On-chip SRAM device");
        } else {
            return false;
        }
        if (sram && message.length() == 0) {
            message.append("All of its ");
            Quantities.bytes(message, device.usableBytes())
                    .append(" is SRAM on the die: very fast, very small. Large models are split over many chips or stream their weights.");
        }
        return true;
    }

    public float height(PanelContext context, float width) {
        return PanelBox.titleHeight(context.text, context.padding)
                + context.text.wrappedHeight(message, FontStyle.SMALL, width - 2 * context.padding) + context.padding;
    }

    public void draw(PanelContext context, float x, float top, float width, float height) {
        float y = PanelBox.draw(context.painter, context.text, title, colour, x, top, width, height, context.padding);
        context.painter.rect(x, top - height, 3f, height, colour);
        context.text.drawWrapped(message, FontStyle.SMALL, Palette.TEXT, x + context.padding, y,
                width - 2 * context.padding);
    }
}
