package dev.kvcache.ui;

import com.badlogic.gdx.graphics.Color;
import dev.kvcache.catalog.DeviceUnit;
import dev.kvcache.catalog.ModelSpec;
import dev.kvcache.render.FontStyle;
import dev.kvcache.render.Palette;
import dev.kvcache.render.TextPainter;
import dev.kvcache.scenario.DraftChoices;
import dev.kvcache.sim.FlashMode;
import dev.kvcache.sim.MemoryLayout;
import dev.kvcache.sim.MemoryUsage;
import dev.kvcache.sim.PagingMode;
import dev.kvcache.sim.PrefixCacheView;
import dev.kvcache.sim.PrefixWorkload;
import dev.kvcache.sim.SequenceState;
import dev.kvcache.sim.SequenceView;
import dev.kvcache.sim.SimSettings;
import dev.kvcache.sim.Speculation;
import dev.kvcache.sim.SimulationView;
import dev.kvcache.units.Quantities;

/**
 * The info panel: model and parameters, current and maximum context, the allocation unit, one
 * device's memory breakdown (weights, KV, workspace, free), speculative decoding's draft when one
 * runs (its name, its memory here and the tokens a target step yields), how many devices,
 * efficiency, precisions and requests. Every figure is read from the simulation each frame into reused builders.
 */
public final class InfoPanel {
    /** How much the panel shows. */
    public enum Form {
        /** Every row. */
        FULL(11),
        /**
         * Context, KV cache, device count and requests: what changes as the scene runs, on short
         * phones (the budget panel under it already shows the weights, workspace and free memory).
         */
        COMPACT(4);

        final int rows;

        Form(int rows) {
            this.rows = rows;
        }
    }

    private static final Color VALUE = Palette.TEXT;
    private static final Color LABEL = Palette.TEXT_DIM;
    private final StringBuilder value = new StringBuilder(96);
    /** The settings {@link #draftLabel} was named for: the catalog is searched when they change, not every frame. */
    private SimSettings labelled;
    private String draftLabel = "";

    public float height(PanelContext context, Form form) {
        return PanelBox.titleHeight(context.text, context.padding) + rows(context, form) * rowHeight(context.text)
                + context.padding;
    }

    /** The form's rows, the draft's row while speculative decoding is on, and (full form) the prefix cache's. */
    private static int rows(PanelContext context, Form form) {
        return form.rows + (context.host.simulation().settings().speculation().isOn() ? 1 : 0)
                + (form == Form.FULL && showsPrefixRow(context) ? 1 : 0);
    }

    /** The full form gains a prefix-cache row while a prefix workload is chosen. */
    private static boolean showsPrefixRow(PanelContext context) {
        return context.host.simulation().settings().prefix() != PrefixWorkload.NONE;
    }

    /** Height of one label-and-value row (the performance panel's rows share it). */
    static float rowHeight(TextPainter text) {
        return text.lineHeight(FontStyle.BODY) * 1.18f;
    }

    public void draw(PanelContext context, float x, float top, float width, Form form) {
        boolean full = form == Form.FULL;
        SimulationView simulation = context.host.simulation();
        SimSettings settings = simulation.settings();
        MemoryUsage usage = simulation.memory();
        MemoryLayout layout = usage.layout();
        ModelSpec model = context.host.model();
        int gpus = Math.max(1, usage.gpuCount());
        float y = PanelBox.draw(context.painter, context.text, model.name(), Palette.ACCENT, x, top, width,
                height(context, form), context.padding);
        float left = x + context.padding;
        float right = x + width - context.padding;
        TextPainter text = context.text;
        float row = rowHeight(text);

        if (full) {
            value.setLength(0);
            Quantities.shortCount(value, model.totalParams()).append(" params");
            if (model.activeParams() > 0 && model.activeParams() < model.totalParams()) {
                Quantities.shortCount(value.append(" \u00b7 "), model.activeParams()).append(" active");
            }
            y = row(text, "Model", value, left, right, y, row);
        }

        value.setLength(0);
        Quantities.grouped(value, Math.round(context.host.interpolatedLongestTokens())).append(" / ");
        Quantities.tokens(value, settings.contextTokens());
        y = row(text, "Context", value, left, right, y, row);

        DeviceUnit unit = context.host.device().unit();
        if (full) {
            value.setLength(0);
            value.append(settings.paging() == PagingMode.PAGED ? "16-token page" : "token (contiguous)");
            if (settings.flash() == FlashMode.FLASH) {
                value.append(" + ").append(context.host.device().flashTile()).append('\u00b2').append(" tile");
            }
            y = row(text, "Alloc unit", value, left, right, y, row);
            y = bytesRow(text, gpus > 1 ? weightsPer(unit) : "Weights", layout.weightBytesPerGpu(gpus), left, right,
                    y, row);
        }
        value.setLength(0);
        Quantities.bytes(value, usage.kvUsedBytesPerGpu()).append(" used / ");
        Quantities.bytes(value, usage.kvReservedBytesPerGpu());
        y = row(text, "KV cache", value, left, right, y, row);
        Speculation speculation = settings.speculation();
        if (speculation.isOn()) {
            if (settings != labelled) {
                labelled = settings;
                draftLabel = DraftChoices.label(context.host.catalog(), speculation);
            }
            // The draft's weights and KV beside the target's on this GPU, and what a target step yields.
            value.setLength(0);
            value.append(draftLabel);
            if (full) {
                Quantities.bytes(value.append(" \u00b7 "), layout.draftBytesPerGpu(gpus));
            }
            Quantities.decimal(value.append(" \u00b7 "), speculation.tokensPerStep()).append(" tok/step");
            y = row(text, "Draft", value, left, right, y, row);
        }
        if (full) {
            y = bytesRow(text, "Workspace", layout.workspaceBytesPerGpu(gpus), left, right, y, row);
            y = bytesRow(text, "Free", usage.freeBytesPerGpu(), left, right, y, row);
        }

        value.setLength(0);
        Quantities.grouped(value, gpus).append(settings.gpuCount().isAuto() ? " (auto)" : " (fixed)");
        if (usage.gpusNeeded() > gpus) {
            Quantities.grouped(value.append(" \u00b7 "), usage.gpusNeeded()).append(" needed");
        }
        y = row(text, unit.heading(), value, left, right, y, row);

        if (full) {
            value.setLength(0);
            long reserved = usage.kvReservedBytes();
            if (reserved <= 0) {
                // Nothing reserved, nothing wasted, but "100%" would claim a cache that is not there.
                value.append("\u2014 (no KV yet)");
            } else {
                Quantities.percent(value, usage.kvUsedBytes() / (double) reserved);
            }
            y = row(text, "Efficiency", value, left, right, y, row);

            value.setLength(0);
            value.append(settings.weightPrecision().displayName()).append(" weights \u00b7 ")
                    .append(settings.kvPrecision().displayName()).append(" KV");
            y = row(text, "Precision", value, left, right, y, row);
            if (showsPrefixRow(context)) {
                value.setLength(0);
                prefixCache(value, simulation, gpus);
                y = row(text, "Prefix cache", value, left, right, y, row);
            }
        }

        value.setLength(0);
        requests(value, running(simulation), simulation.waitingCount(), simulation.finishedCount(),
                simulation.preemptionCount());
        row(text, "Requests", value, left, right, y, row);
    }

    /**
     * The requests row: "8 running · 8 queued · 3 done", and "· 1 preempted" once one was. The
     * queue is the scheduler's look-ahead of arrived requests waiting for a slot.
     */
    static StringBuilder requests(StringBuilder out, int running, int queued, long done, long preempted) {
        Quantities.grouped(out, running).append(" running \u00b7 ");
        Quantities.grouped(out, queued).append(" queued \u00b7 ");
        Quantities.grouped(out, done).append(" done");
        if (preempted > 0) {
            Quantities.grouped(out.append(" \u00b7 "), preempted).append(" preempted");
        }
        return out;
    }

    /**
     * The prefix-cache row: "41.2% hit · 1.5 GiB saved" (prompt tokens found cached so far; KV this GPU
     * would hold in copies now), or why the chosen workload shares nothing.
     */
    static StringBuilder prefixCache(StringBuilder out, SimulationView simulation, int gpus) {
        SimSettings settings = simulation.settings();
        if (settings.paging() != PagingMode.PAGED) {
            return out.append("off: needs paging");
        }
        if (PrefixWorkload.runIn(settings) == PrefixWorkload.NONE) {
            return out.append("off under eviction");
        }
        PrefixCacheView cache = simulation.blocks().prefixChains();
        Quantities.percent(out, cache.hitRate()).append(" hit \u00b7 ");
        long saved = simulation.memory().layout().kvBlockBytesPerGpu(cache.savedBlocks(), gpus);
        return Quantities.bytes(out, saved).append(" saved");
    }

    /** Sequences decoding now: in a slot and not finished (static batching holds finished ones). */
    static int running(SimulationView simulation) {
        int running = 0;
        for (int slot = 0; slot < simulation.slotCount(); slot++) {
            SequenceView sequence = simulation.sequenceInSlot(slot);
            if (sequence != null && sequence.state() == SequenceState.RUNNING) {
                running++;
            }
        }
        return running;
    }

    /** "Weights / GPU", "Weights / chip", "Weights / wafer". */
    private static String weightsPer(DeviceUnit unit) {
        switch (unit) {
            case CHIP:
                return "Weights / chip";
            case WAFER:
                return "Weights / wafer";
            default:
                return "Weights / GPU";
        }
    }

    private float bytesRow(TextPainter text, String label, long bytes, float left, float right, float y, float row) {
        value.setLength(0);
        Quantities.bytes(value, bytes);
        return row(text, label, value, left, right, y, row);
    }

    /** Draws a label at the left and its value at the right of one row; returns the next row's top. */
    static float row(TextPainter text, String label, CharSequence shown, float left, float right, float y,
            float row) {
        RowFit fit = fit(text, label, shown, right - left);
        text.draw(shownLabel(text, label, shown, right - left, fit), fit.label, LABEL, left, y);
        text.drawRight(shown, fit.value, VALUE, right, y);
        return y - row;
    }

    /**
     * The label as drawn: whole where it fits beside its value in {@code fit}'s styles, else cut at a
     * word boundary with an ellipsis. On a small window both styles are the smallest legible size, so
     * dropping a style does not always make room.
     */
    static String shownLabel(TextPainter text, String label, CharSequence shown, float width, RowFit fit) {
        // fit() chose BODY or SMALL_VALUE only where they fit: only the smallest styles can still overflow.
        if (fit != RowFit.SMALL || fit.fits(text, label, shown, width)) {
            return label;
        }
        float room = width - ROW_GAP - text.width(shown, fit.value);
        return LabelFit.shorten(label, room, drawn -> text.width(drawn, fit.label));
    }

    /** The styles a row's label and value take so they sit apart in a row {@code width} wide. */
    enum RowFit {
        BODY(FontStyle.BODY, FontStyle.BODY),
        /** A value too long to sit beside its label drops to the small style rather than overlap it. */
        SMALL_VALUE(FontStyle.BODY, FontStyle.SMALL),
        /** Still too long, the label drops too; then it is shortened ({@link #shownLabel}). */
        SMALL(FontStyle.SMALL, FontStyle.SMALL);

        final FontStyle label;
        final FontStyle value;

        RowFit(FontStyle label, FontStyle value) {
            this.label = label;
            this.value = value;
        }

        /** Whether {@code label} and {@code shown} in these styles leave the row's gap between them. */
        boolean fits(TextPainter text, String label, CharSequence shown, float width) {
            return text.width(label, this.label) + ROW_GAP + text.width(shown, value) <= width;
        }
    }

    /** Pixels kept between a row's label and its value. */
    static final float ROW_GAP = 8f;

    /** The largest styles that fit (the smallest when none does). */
    static RowFit fit(TextPainter text, String label, CharSequence shown, float width) {
        if (RowFit.BODY.fits(text, label, shown, width)) {
            return RowFit.BODY;
        }
        return RowFit.SMALL_VALUE.fits(text, label, shown, width) ? RowFit.SMALL_VALUE : RowFit.SMALL;
    }

}
