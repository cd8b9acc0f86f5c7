package dev.kvcache.ui;

import com.badlogic.gdx.graphics.Color;
import dev.kvcache.catalog.DeviceSpec;
import dev.kvcache.catalog.DeviceUnit;
import dev.kvcache.catalog.ModuleKind;
import dev.kvcache.host.HostView;
import dev.kvcache.render.Detail;
import dev.kvcache.render.FontStyle;
import dev.kvcache.render.Palette;
import dev.kvcache.render.StepNow;
import dev.kvcache.sim.MemoryUsage;
import dev.kvcache.sim.SimSettings;
import dev.kvcache.sim.SimulationView;
import dev.kvcache.sim.UsageLevel;
import dev.kvcache.units.Quantities;
import dev.kvcache.units.ServingQuantities;

/**
 * Warnings in words: orange near the limit (80%), red when the scenario needs more than one GPU
 * (with the count and how distributed serving copes; blue when a fixed count already holds it),
 * SRAM parts' own message in chips or wafers, and at 100x the "Memory Apocalypse" when the need is
 * absurd: in space, the GPU count in SuperPODs; in time, how long a decode step spends reading
 * weights and KV on the most loaded GPU, as the formula prices it. Rebuilt each frame into reused builders.
 */
public final class WarningPanel {
    public static final Color ORANGE = Palette.rgb(0xff922b);
    public static final Color RED = Palette.rgb(0xff6b6b);
    /** GPU count beyond which 100x shows the apocalypse warning (a DGX SuperPOD has 256 GPUs). */
    public static final int APOCALYPSE_GPUS = 256;
    /** GPUs in one DGX SuperPOD (32 DGX nodes of 8), the unit a datacenter is counted in here. */
    static final int SUPERPOD_GPUS = 256;

    private final StringBuilder message = new StringBuilder(400);
    private Color colour = ORANGE;
    private final StringBuilder title = new StringBuilder(40);
    /** The step the formula prices: the notice's reading time is the formula's, active experts only for MoE. */
    private final StepNow step = new StepNow();

    /** Builds the full message for this frame; returns false when there is nothing to warn about. */
    public boolean compose(HostView host) {
        return compose(host, Detail.FULL);
    }

    /**
     * Builds the message for this frame, leaving out on phones ({@link Detail#SIMPLE}) the sentence
     * on how engines split a model, so the info panel keeps its room; false when all is well.
     */
    public boolean compose(HostView host, Detail detail) {
        SimulationView simulation = host.simulation();
        MemoryUsage usage = simulation.memory();
        SimSettings settings = simulation.settings();
        DeviceSpec device = host.device();
        DeviceUnit unit = device.unit();
        int needed = usage.gpusNeeded();
        int gpus = Math.max(1, usage.gpuCount());
        boolean fixed = !settings.gpuCount().isAuto();
        message.setLength(0);
        title.setLength(0);
        boolean sram = device.moduleKind() == ModuleKind.SRAM;
        if (settings.speed() >= 100.0 && needed >= APOCALYPSE_GPUS) {
            colour = RED;
            title.append("MEMORY APOCALYPSE");
            Quantities.grouped(message, needed);
            if (sram) {
                message.append(' ').append(unit.plural()).append(" of on-").append(unit.singular())
                        .append(" SRAM needed. That is a fab's output, not a rack: stream weights from external"
                                + " memory or pick a smaller context.");
            } else {
                message.append(" \u00d7 ").append(device.name()).append(" needed. Build a datacenter: ");
                Quantities.decimal(message, needed / (double) SUPERPOD_GPUS).append(" DGX SuperPODs of ")
                        .append(SUPERPOD_GPUS).append(" GPUs.");
                if (fixed && gpus < needed) {
                    // A fixed count short of the need: what its GPUs read says nothing of the ones needed.
                    Quantities.grouped(message.append(" With the "), gpus).append(" set here, requests wait or are preempted.");
                } else if (step.update(host)) {
                    // The formula's step, not the memory in use: with paging off most of that is reserved
                    // for tokens not yet there, an MoE step reads its active experts, and a pipeline's
                    // stages read in turn (each GPU its weights once a micro-batch, its KV once).
                    message.append(" And time: every decode step spends ");
                    Quantities.duration(message, step.cost().memorySeconds()).append(" reading weights and KV at ");
                    ServingQuantities.bandwidth(message, step.model().rates().bytesPerSecond())
                            .append(" achieved on the most loaded of them, before any traffic between nodes.");
                }
            }
        } else if (needed > 1 && fixed && gpus >= needed) {
            colour = Palette.ACCENT;
            Quantities.grouped(title.append("Spread over "), gpus).append(' ').append(unit.noun(gpus));
            message.append("At full context this batch needs ");
            Quantities.grouped(message, needed).append(" \u00d7 ").append(device.name()).append(", ");
            Quantities.bytes(message, device.usableBytes()).append(" usable each; the ");
            Quantities.grouped(message, gpus).append(" set here hold it.");
        } else if (needed > 1 && sram) {
            colour = RED;
            Quantities.grouped(title.append("Needs "), needed).append(' ').append(unit.noun(needed));
            message.append("All of ").append(device.name()).append("'s memory is ");
            Quantities.bytes(message, device.usableBytes()).append(" of SRAM on the ").append(unit.singular())
                    .append(": at full context this batch needs ");
            Quantities.grouped(message, needed).append(" of them, wired together, or weights streamed from external memory.");
        } else if (needed > 1) {
            colour = RED;
            Quantities.grouped(title.append("Needs "), needed).append(' ').append(unit.noun(needed));
            message.append("At full context this batch needs ");
            Quantities.grouped(message, needed).append(" \u00d7 ").append(device.name()).append(", ");
            Quantities.bytes(message, device.usableBytes()).append(" usable each. ");
            if (fixed) {
                Quantities.grouped(message.append("With the "), gpus).append(" set here, requests wait or are preempted. ");
            }
            if (detail == Detail.FULL) {
                message.append("Engines split heads (tensor parallel), layers (pipeline parallel) and, for very long"
                        + " contexts, tokens (context parallel), paying in interconnect traffic.");
            }
        } else if (simulation.level() != UsageLevel.OK) {
            colour = ORANGE;
            title.append("Approaching the limit");
            Quantities.percent(message, usage.usageFraction()).append(" of ").append(device.name());
            if (fixed) {
                message.append(" in use; above 100% requests wait or are preempted.");
            } else {
                message.append(" in use; at 100% another ").append(unit.singular()).append(" joins.");
            }
        } else if (sram) {
            colour = Palette.ACCENT;
            title.append("On-chip SRAM device");
        } else {
            return false;
        }
        if (sram && message.length() == 0) {
            message.append("All of its ");
            Quantities.bytes(message, device.usableBytes()).append(" is SRAM on the ").append(unit.singular())
                    .append(": very fast, very small. Large models are split over many ").append(unit.plural())
                    .append(" or stream their weights.");
        }
        return true;
    }

    /** The title composed last. */
    CharSequence title() {
        return title;
    }

    /** The message composed last. */
    CharSequence message() {
        return message;
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
