package dev.kvcache.ui;

import com.badlogic.gdx.graphics.Color;
import com.badlogic.gdx.math.Rectangle;
import dev.kvcache.catalog.DeviceSpec;
import dev.kvcache.catalog.DeviceUnit;
import dev.kvcache.memory.ScenarioFigures;
import dev.kvcache.memory.TrainingMemory;
import dev.kvcache.render.FontStyle;
import dev.kvcache.render.Palette;
import dev.kvcache.render.SequenceColours;
import dev.kvcache.render.TextPainter;
import dev.kvcache.sim.MemoryLayout;
import dev.kvcache.sim.MemoryUsage;
import dev.kvcache.units.Quantities;

/**
 * The memory budget: one stacked bar against one device's capacity line, a verdict in words and a
 * legend with every number. Serving shows the live state, its KV cache striped in the batch's own
 * sequence colours (no colour of its own to be confused with one sequence); training shows what
 * training the same model would need, so people see why training takes several times the memory of
 * serving.
 */
public final class BudgetBar {
    static final Color FREE = Palette.BANK_FREE;
    static final Color GRADIENTS = Palette.rgb(0x4dabf7);
    static final Color OPTIMIZER = Palette.rgb(0xfcc419);
    static final Color ACTIVATIONS = Palette.rgb(0x20c997);
    private static final Color CAPACITY_LINE = Palette.rgb(0xffffff);
    private static final int SEGMENTS = 4;

    private final long[] values = new long[SEGMENTS];
    private final Color[] colours = new Color[SEGMENTS];
    private final String[] labels = new String[SEGMENTS];
    private final StringBuilder line = new StringBuilder(160);
    /** The segment striped in sequence colours (the serving KV cache), or -1. */
    private int stripedSegment = -1;
    private int stripeColours = 1;
    /** The longest legend entry there can be, for choosing one or two columns. */
    private static final String WIDEST_ENTRY = "activations 999.9 GiB";
    private final Rectangle[] legendAreas = {new Rectangle(), new Rectangle(), new Rectangle(), new Rectangle()};
    private float measuredWidth = -1f;
    private float measuredLine = -1f;
    private int columns = 2;
    private BudgetView view = BudgetView.SERVING;
    /** GPUs the shown view needs in all, for the over-capacity line. */
    private long gpusNeeded;

    public void toggle() {
        view = view.other();
    }

    public BudgetView view() {
        return view;
    }

    /** Height of the panel {@code width} px wide: the legend takes one column where two do not fit. */
    public float height(PanelContext context, float width) {
        TextPainter text = context.text;
        int rows = SEGMENTS / legendColumns(context, width - 2 * context.padding);
        return PanelBox.titleHeight(text, context.padding) + barHeight(text)
                + text.lineHeight(FontStyle.SMALL) * (1.3f + 1.3f * rows) + context.padding;
    }

    /** Two legend columns when the widest entry fits half the width, else one (measured on change only). */
    private int legendColumns(PanelContext context, float width) {
        float entry = context.text.lineHeight(FontStyle.SMALL);
        if (width != measuredWidth || entry != measuredLine) {
            measuredWidth = width;
            measuredLine = entry;
            float widest = entry * 0.7f * 1.5f + context.text.width(WIDEST_ENTRY, FontStyle.SMALL);
            columns = widest <= width / 2f ? 2 : 1;
        }
        return columns;
    }

    /** Where each legend entry was drawn this frame (swatch and text), for layout tests. */
    public Rectangle[] legendAreas() {
        return legendAreas;
    }

    private static float barHeight(TextPainter text) {
        return text.lineHeight(FontStyle.BODY) * 1.1f;
    }

    public void draw(PanelContext context, float x, float top, float width, float height) {
        DeviceSpec device = context.host.device();
        long capacity = Math.max(1, device.usableBytes());
        long total = view == BudgetView.SERVING ? fillServing(context) : fillTraining(context.host.figures(), capacity);
        String unit = device.unit().singular();
        line.setLength(0);
        if (view == BudgetView.SERVING) {
            line.append("Memory budget: serving, one ").append(unit);
        } else {
            line.append("Memory budget: training (same model)");
        }
        float y = PanelBox.draw(context.painter, context.text, line, Palette.ACCENT, x, top, width, height,
                context.padding);
        float barX = x + context.padding;
        float barWidth = width - 2 * context.padding;
        float barH = barHeight(context.text);
        float barY = y - barH;
        long scaleBytes = Math.max(capacity, total);
        context.painter.rect(barX, barY, barWidth, barH, Palette.MODULE_BODY);
        float cursor = barX;
        for (int i = 0; i < SEGMENTS; i++) {
            float segment = (float) (barWidth * (values[i] / (double) scaleBytes));
            if (i == stripedSegment) {
                stripes(context, cursor, barY, segment, barH, Math.max(2f, barH * 0.3f));
            } else {
                context.painter.rect(cursor, barY, segment, barH, colours[i]);
            }
            cursor += segment;
        }
        float capacityX = barX + (float) (barWidth * (capacity / (double) scaleBytes));
        context.painter.rect(capacityX - 1f, barY - 3f, 2f, barH + 6f, CAPACITY_LINE);
        float textY = barY - context.padding * 0.6f;
        verdict(device.name(), device.unit(), capacity, total, true);
        if (context.text.width(line, FontStyle.SMALL) > barWidth) {
            // A narrow column or a long device name: the short form keeps the figures inside the box.
            verdict(device.name(), device.unit(), capacity, total, false);
        }
        textY -= context.text.draw(line, FontStyle.SMALL, total <= capacity ? Palette.TEXT : WarningPanel.RED, barX,
                textY) * 1.35f;
        drawLegend(context, barX, textY, barWidth);
    }

    /** Vertical stripes cycling through the batch's sequence colours, as the banks show its KV. */
    private void stripes(PanelContext context, float x, float y, float width, float height, float stripe) {
        int slot = 0;
        for (float at = 0f; at < width; at += stripe) {
            context.painter.rect(x + at, y, Math.min(stripe, width - at), height, SequenceColours.of(slot));
            slot = (slot + 1) % stripeColours;
        }
    }

    /** The verdict under the bar into {@link #line}; the long form names the device. */
    private void verdict(String device, DeviceUnit unit, long capacity, long total, boolean longForm) {
        line.setLength(0);
        if (total <= capacity) {
            Quantities.bytes(line, capacity - total).append(" headroom");
            if (longForm) {
                line.append(" on ").append(device);
            }
            return;
        }
        if (longForm) {
            line.append("exceeds one ").append(device).append(" by ");
        } else {
            line.append("over one ").append(unit.singular()).append(" by ");
        }
        Quantities.bytes(line, total - capacity).append(": needs ");
        Quantities.grouped(line, gpusNeeded).append(' ').append(unit.noun(gpusNeeded));
        if (view == BudgetView.SERVING) {
            // The bar is the state now; the warning above counts every slot at the full context.
            line.append(" now");
        }
    }

    private void drawLegend(PanelContext context, float x, float top, float width) {
        float line2 = context.text.lineHeight(FontStyle.SMALL) * 1.3f;
        float swatch = context.text.lineHeight(FontStyle.SMALL) * 0.7f;
        int perRow = legendColumns(context, width);
        float column = width / perRow;
        for (int i = 0; i < SEGMENTS; i++) {
            float cx = x + (i % perRow) * column;
            float cy = top - (i / perRow) * line2;
            if (i == stripedSegment) {
                stripes(context, cx, cy - swatch - 1f, swatch, swatch, swatch / 4f);
            } else {
                context.painter.rect(cx, cy - swatch - 1f, swatch, swatch, colours[i]);
            }
            line.setLength(0);
            line.append(labels[i]).append(' ');
            Quantities.bytes(line, values[i]);
            float used = context.text.draw(line, FontStyle.SMALL, Palette.TEXT_DIM, cx + swatch * 1.5f, cy);
            legendAreas[i].set(cx, cy - used, swatch * 1.5f + context.text.lastWidth(), used);
        }
    }

    private long fillServing(PanelContext context) {
        MemoryUsage usage = context.host.simulation().memory();
        MemoryLayout layout = usage.layout();
        int gpus = Math.max(1, usage.gpuCount());
        // A speculative draft is a second model's weights (and its KV) fixed beside the target's: one
        // segment, named for both, so the free it leaves is the banks' free.
        long draft = layout.draftBytesPerGpu(gpus);
        set(0, draft > 0 ? "model+draft" : "weights", layout.weightBytesPerGpu(gpus) + draft, Palette.WEIGHTS);
        set(1, "KV cache", usage.kvReservedBytesPerGpu(), null);
        stripedSegment = 1;
        stripeColours = Math.max(1, Math.min(context.host.simulation().settings().batch(), SequenceColours.COUNT));
        set(2, "workspace", layout.workspaceBytesPerGpu(gpus), Palette.WORKSPACE);
        long used = values[0] + values[1] + values[2];
        set(3, "free", Math.max(0, usage.capacityBytesPerGpu() - used), FREE);
        // The bar shows one GPU's share; what the scenario needs is counted on the whole of it, so a
        // share over capacity on 8 fixed GPUs does not read as "needs 2".
        gpusNeeded = usage.gpusNeededNow();
        return used;
    }

    private long fillTraining(ScenarioFigures figures, long capacity) {
        TrainingMemory training = figures.training;
        stripedSegment = -1;
        set(0, "weights", training.weightsBytes(), Palette.WEIGHTS);
        set(1, "gradients", training.gradientBytes(), GRADIENTS);
        set(2, "optimizer", training.optimizerBytes(), OPTIMIZER);
        set(3, "activations", training.activationBytes(), ACTIVATIONS);
        long total = training.totalBytes();
        gpusNeeded = (total + capacity - 1) / capacity;
        return total;
    }

    private void set(int index, String label, long bytes, Color colour) {
        labels[index] = label;
        values[index] = Math.max(0, bytes);
        colours[index] = colour;
    }
}
