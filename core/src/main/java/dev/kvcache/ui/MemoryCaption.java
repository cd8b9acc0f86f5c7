package dev.kvcache.ui;

import com.badlogic.gdx.graphics.Color;
import dev.kvcache.render.BankContent;
import dev.kvcache.render.BankGridView;
import dev.kvcache.render.Detail;
import dev.kvcache.render.FlatPainter;
import dev.kvcache.render.FontStyle;
import dev.kvcache.render.MemoryMap;
import dev.kvcache.render.Palette;
import dev.kvcache.render.TextPainter;
import dev.kvcache.sim.FlashMode;
import dev.kvcache.sim.MemoryUsage;
import dev.kvcache.sim.PagingMode;
import dev.kvcache.sim.SimulationView;
import dev.kvcache.units.Quantities;

/**
 * The lines under the die: memory in use against capacity, what one bank stands for, and a legend
 * that names every colour the banks use with its amount, so colour is never the only signal.
 */
public final class MemoryCaption {
    private static final Color GHOST = Palette.rgb(0xff3b3b);
    private static final Color PLATE = Palette.BACKGROUND_TOP;
    private static final float PLATE_ALPHA = 0.85f;
    private final StringBuilder line = new StringBuilder(200);
    private final Color swatch = new Color();

    /**
     * Draws the caption from {@code top} down over a plate {@code height} tall, so the attention
     * diagonal, which sweeps across the bottom of the scene, passes under the text, not through it.
     */
    public void draw(FlatPainter painter, TextPainter text, SimulationView simulation, MemoryMap map,
            String deviceName, float centreX, float top, float width, float height, Detail detail) {
        float pad = text.lineHeight(FontStyle.SMALL) * 0.3f;
        painter.rect(centreX - width / 2f - pad, top - height, width + 2f * pad, height + pad, PLATE, PLATE_ALPHA);
        MemoryUsage usage = simulation.memory();
        int gpus = Math.max(1, usage.gpuCount());
        line.setLength(0);
        line.append("Memory: ");
        Quantities.bytes(line, usage.usedBytesPerGpu()).append(" / ");
        Quantities.bytes(line, usage.capacityBytesPerGpu()).append(" (");
        Quantities.percent(line, usage.usageFraction()).append(" of ").append(deviceName);
        if (gpus > 1) {
            Quantities.grouped(line.append(", each of "), gpus);
        }
        line.append(") \u00b7 1 bank = ");
        Quantities.bytes(line, map.bankBytes());
        float y = top;
        y -= text.drawWrappedCentred(line, FontStyle.BODY, Palette.TEXT, centreX - width / 2f, y, width) + 6f;
        // Phones skip the legend: the budget panel below names the same colours with their amounts.
        if (detail == Detail.FULL) {
            drawLegend(painter, text, simulation, centreX, y, width);
        }
    }


    private void drawLegend(FlatPainter painter, TextPainter text, SimulationView simulation, float centreX, float top,
            float width) {
        MemoryUsage usage = simulation.memory();
        int gpus = Math.max(1, usage.gpuCount());
        float size = text.lineHeight(FontStyle.SMALL) * 0.7f;
        float left = centreX - width / 2f;
        cursorX = left;
        cursorTop = top;
        line.setLength(0);
        Quantities.bytes(line.append("weights "), usage.layout().weightBytesPerGpu(gpus));
        item(painter, text, Palette.WEIGHTS, left, width, size);
        line.setLength(0);
        line.append("KV, one colour per sequence (").append(simulation.settings().batch()).append(") ");
        Quantities.bytes(line, usage.kvUsedBytes() / gpus);
        BankGridView.colourOf(BankContent.used(0), swatch);
        item(painter, text, swatch, left, width, size);
        if (simulation.blocks().paging() == PagingMode.CONTIGUOUS) {
            line.setLength(0);
            line.append("reserved, unused ");
            Quantities.bytes(line, usage.kvWasteBytesPerGpu());
            BankGridView.colourOf(BankContent.reserved(0), swatch);
            item(painter, text, swatch, left, width, size);
        } else {
            line.setLength(0);
            line.append("16-token pages interleave (seams)");
            item(painter, text, Palette.BANK_FREE, left, width, size);
        }
        long workspace = usage.layout().workspaceBytesPerGpu(gpus);
        if (workspace >= 1L << 20) {
            line.setLength(0);
            Quantities.bytes(line.append("attention workspace "), workspace);
            item(painter, text, Palette.WORKSPACE, left, width, size);
        }
        line.setLength(0);
        line.append("free");
        item(painter, text, Palette.BANK_FREE, left, width, size);
        if (simulation.settings().flash() == FlashMode.FLASH) {
            line.setLength(0);
            line.append("saved by FlashAttention");
            item(painter, text, GHOST, left, width, size);
        }
    }

    private float cursorX;
    private float cursorTop;

    /** Draws one legend entry (swatch + {@link #line}), wrapping to a new row when it does not fit. */
    private void item(FlatPainter painter, TextPainter text, Color colour, float left, float width, float size) {
        float entryWidth = size * 1.5f + text.width(line, FontStyle.SMALL) + size * 2f;
        if (cursorX + entryWidth > left + width && cursorX > left) {
            cursorX = left;
            cursorTop -= text.lineHeight(FontStyle.SMALL) * 1.25f;
        }
        float lineHeight = text.lineHeight(FontStyle.SMALL);
        painter.rect(cursorX, cursorTop - (lineHeight + size) / 2f, size, size, colour);
        text.draw(line, FontStyle.SMALL, Palette.TEXT_DIM, cursorX + size * 1.5f, cursorTop);
        cursorX += entryWidth;
    }
}
