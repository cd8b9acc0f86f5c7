package dev.kvcache.ui;

import com.badlogic.gdx.graphics.Color;
import dev.kvcache.catalog.DeviceSpec;
import dev.kvcache.catalog.HostLink;
import dev.kvcache.catalog.LayerKind;
import dev.kvcache.catalog.ModelSpec;
import dev.kvcache.catalog.Precision;
import dev.kvcache.host.HostView;
import dev.kvcache.memory.KvQuantization;
import dev.kvcache.render.BankContent;
import dev.kvcache.render.BankGridView;
import dev.kvcache.render.Detail;
import dev.kvcache.render.FlatPainter;
import dev.kvcache.render.FontStyle;
import dev.kvcache.render.MemoryMap;
import dev.kvcache.render.Palette;
import dev.kvcache.render.TextPainter;
import dev.kvcache.sim.MemoryLayout;
import dev.kvcache.sim.MemoryUsage;
import dev.kvcache.sim.PagingMode;
import dev.kvcache.sim.PrefixCacheView;
import dev.kvcache.sim.SimSettings;
import dev.kvcache.sim.SimulationView;
import dev.kvcache.units.Quantities;

/**
 * The lines under the die: memory in use against capacity, what one bank stands for, and a legend
 * that names every colour the banks show (each sequence's own swatch, with the shape reserved or
 * windowed memory takes), so colour is never the only signal.
 */
public final class MemoryCaption {
    private static final String SLIDING_LABEL = "sliding-window KV, fixed per sequence (with a bar) ";
    private static final Color PLATE = Palette.BACKGROUND_TOP;
    private static final float PLATE_ALPHA = 0.85f;
    /** Kept: {@code values()} copies its array at every call, and the legend is drawn every frame. */
    private static final LegendEntry[] ENTRIES = LegendEntry.values();
    private final StringBuilder line = new StringBuilder(200);
    private final Color swatch = new Color();
    private float cursorX;
    private float cursorTop;
    /** Height the text took last frame: the plate fits it rather than the room kept for 32 sequences. */
    private float contentHeight = Float.MAX_VALUE;

    /**
     * Draws the caption from {@code top} down over a plate at most {@code height} tall, so the
     * background waves pass under the text, not through it.
     */
    public void draw(FlatPainter painter, TextPainter text, HostView host, MemoryMap map, float centreX, float top,
            float width, float height, Detail detail) {
        float pad = platePad(text);
        float plate = Math.min(height, contentHeight + pad);
        painter.rect(centreX - width / 2f - pad, top - plate, width + 2f * pad, plate + pad, PLATE, PLATE_ALPHA);
        SimulationView simulation = host.simulation();
        MemoryUsage usage = simulation.memory();
        line.setLength(0);
        memoryLine(line, host.device(), usage.gpuCount(), usage.usedBytesPerGpu(), usage.capacityBytesPerGpu(),
                usage.usageFraction(), map.bankBytes());
        float y = top;
        y -= text.drawWrappedCentred(line, FontStyle.BODY, Palette.TEXT, centreX - width / 2f, y, width) + 6f;
        // Phones skip the legend: the budget panel below names the same colours with their amounts.
        if (detail == Detail.FULL) {
            drawLegend(painter, text, host, map, centreX - width / 2f, y, width);
            y = cursorTop - text.lineHeight(FontStyle.SMALL) * 1.1f;
        }
        contentHeight = top - y;
    }

    /** The top edge of the plate under a caption drawn from {@code top} down. */
    public static float plateTop(TextPainter text, float top) {
        return top + platePad(text);
    }

    private static float platePad(TextPainter text) {
        return text.lineHeight(FontStyle.SMALL) * 0.3f;
    }

    /**
     * The memory line: "H100 SXM 80GB: 17.5 GiB of 79.2 GiB in use (22.1%) · 1 bank = 256 MiB", or
     * "One of 4 × TPU v4 (per chip): ..." on several; the device's name never sits inside parentheses.
     */
    static StringBuilder memoryLine(StringBuilder out, DeviceSpec device, int gpus, long usedBytes, long capacityBytes,
            double fraction, long bankBytes) {
        if (gpus > 1) {
            Quantities.grouped(out.append("One of "), gpus).append(" \u00d7 ");
        }
        out.append(device.name()).append(": ");
        Quantities.bytes(out, usedBytes).append(" of ");
        Quantities.bytes(out, capacityBytes).append(" in use (");
        Quantities.percent(out, fraction).append(") \u00b7 1 bank = ");
        return Quantities.bytes(out, bankBytes);
    }

    private void drawLegend(FlatPainter painter, TextPainter text, HostView host, MemoryMap map, float left,
            float top, float width) {
        SimulationView simulation = host.simulation();
        PagingMode paging = simulation.blocks().paging();
        float size = text.lineHeight(FontStyle.SMALL) * 0.7f;
        cursorX = left;
        cursorTop = top;
        for (LegendEntry entry : ENTRIES) {
            if (entry.isShown(map, paging)) {
                label(entry, host);
                item(painter, text, left, width, size, entry, entry.slots(map));
            }
        }
    }

    /** The words of one entry, with its amount on the GPU the banks show, into {@link #line}. */
    private void label(LegendEntry entry, HostView host) {
        MemoryUsage usage = host.simulation().memory();
        MemoryLayout layout = usage.layout();
        int gpus = Math.max(1, usage.gpuCount());
        PrefixCacheView prefix = host.simulation().blocks().prefixChains();
        line.setLength(0);
        switch (entry) {
            case WEIGHTS:
                Quantities.bytes(line.append("weights "), layout.weightBytesPerGpu(gpus));
                break;
            case DRAFT:
                line.append(host.simulation().settings().speculation().isMtp() ? "MTP draft module and its KV "
                        : "draft model and its KV ");
                Quantities.bytes(line, layout.draftBytesPerGpu(gpus));
                break;
            case KV_IN_USE:
                // Shared prefix blocks have their own entry: the sequences' colours show the rest.
                Quantities.bytes(line.append("KV in use, one colour per sequence "), Math.max(0L,
                        usage.kvUsedBytesPerGpu() - layout.kvBlockBytesPerGpu(prefix.usedChainBlocks(), gpus)));
                break;
            case SHARED:
                line.append("shared prefix, held once (a dot per sequence using it, up to ");
                Quantities.grouped(line, BankContent.MAX_SHARERS_MARKED).append(") ");
                Quantities.bytes(line, layout.kvBlockBytesPerGpu(prefix.usedChainBlocks(), gpus));
                break;
            case EVICTABLE:
                line.append("cached prefix nobody uses: evictable, counted free ");
                Quantities.bytes(line, layout.kvBlockBytesPerGpu(prefix.cachedIdleBlocks(), gpus));
                break;
            case WINDOW_OR_STATE:
                Quantities.bytes(windowLabel(line, host.model(), host.simulation().settings().kvPrecision()),
                        layout.stateRegionBytesPerGpu(gpus));
                break;
            case RESERVED:
                Quantities.bytes(line.append("reserved, unused (hollow) "), usage.kvWasteBytesPerGpu());
                break;
            case PAGE_SEAM:
                line.append("16-token pages of different sequences share a bank (dark seam)");
                break;
            case WORKSPACE:
                Quantities.bytes(line.append("attention workspace "), layout.workspaceBytesPerGpu(gpus));
                break;
            case FREE:
                Quantities.bytes(line.append("free "), usage.freeBytesPerGpu());
                break;
            case HOST:
                hostLabel(line, host, usage, gpus);
                break;
            default:
                Quantities.bytes(line.append("red outline: saved by FlashAttention "), usage.flashSavedNowBytesPerGpu());
                break;
        }
    }

    /** "host memory (PCIe 5.0 x16): offloaded KV 2.3 GiB of 64 GiB", this GPU's share; appended without allocating. */
    static StringBuilder hostLabel(StringBuilder out, HostView host, MemoryUsage usage, int gpus) {
        SimSettings settings = host.simulation().settings();
        HostLink link = host.catalog().hostLinks().chosen(settings.offload().link().word(), host.device().id());
        out.append("host memory");
        if (link != null) {
            out.append(" (").append(link.name()).append(')');
        }
        Quantities.bytes(out.append(": offloaded KV "),
                usage.layout().kvBlockBytesPerGpu(host.simulation().host().usedBlocks(), gpus)).append(" of ");
        return Quantities.bytes(out, settings.offload().bytesPerGpu());
    }

    /**
     * What the fixed-size region per sequence holds, named from the model's layers and, for a
     * KIVI-style cache, its unquantized recent tokens (which a model without windows holds alone).
     */
    static StringBuilder windowLabel(StringBuilder out, ModelSpec model, Precision kv) {
        String layers = layerWindowLabel(model);
        if (!KvQuantization.applies(kv)) {
            return out.append(layers != null ? layers : SLIDING_LABEL);
        }
        // Appended piece by piece: the legend is written every frame and must not allocate.
        Quantities.tokens(out.append("KIVI's unquantized last "), KvQuantization.RESIDUAL_TOKENS);
        return layers == null ? out.append(", fixed per sequence (with a bar) ") : out.append(" and ").append(layers);
    }

    /** The layers' part of {@link #windowLabel}; null when the model has neither windows nor linear state. */
    private static String layerWindowLabel(ModelSpec model) {
        boolean windows = model.attention().count(LayerKind.SLIDING) + model.attention().count(LayerKind.CHUNKED) > 0;
        boolean linear = model.attention().count(LayerKind.LINEAR) > 0;
        if (windows && linear) {
            return "windows and linear-attention state, fixed per sequence (with a bar) ";
        }
        if (linear) {
            return "linear-attention state, fixed per sequence (with a bar) ";
        }
        return windows ? SLIDING_LABEL : null;
    }

    /**
     * Draws one legend entry: a swatch for each slot in {@code slots} (bit per batch slot) for
     * per-sequence entries, or one swatch, then {@link #line}; wraps to a new row when the entry
     * does not fit.
     */
    private void item(FlatPainter painter, TextPainter text, float left, float width, float size, LegendEntry entry,
            long slots) {
        boolean perSlot = entry.perSlot();
        int kind = entry.code;
        int swatches = perSlot ? Long.bitCount(slots) : 1;
        float pitch = size * 1.25f;
        float textWidth = text.width(line, FontStyle.SMALL);
        // A batch of 32 in a narrow window: the swatches wrap into rows, leaving the words at least
        // half the row (or all they need), so the entry never runs past the caption.
        float swatchRoom = width - Math.min(textWidth, width * 0.5f) - size * 2.5f;
        int perRow = swatches * pitch > swatchRoom ? Math.max(1, (int) (swatchRoom / pitch)) : Math.max(1, swatches);
        int swatchRows = (swatches + perRow - 1) / perRow;
        float entryWidth = Math.min(swatches, perRow) * pitch + size * 0.5f + textWidth + size * 2f;
        if (cursorX + entryWidth > left + width && cursorX > left) {
            cursorX = left;
            cursorTop -= text.lineHeight(FontStyle.SMALL) * 1.25f;
        }
        float lineHeight = text.lineHeight(FontStyle.SMALL);
        float y = cursorTop - (lineHeight + size) / 2f;
        float x = cursorX;
        if (perSlot) {
            int inRow = 0;
            for (int slot = 0; slot < 64; slot++) {
                if ((slots & (1L << slot)) != 0) {
                    if (inRow == perRow) {
                        inRow = 0;
                        x = cursorX;
                        y -= pitch;
                    }
                    drawSwatch(painter, kind + slot, x, y, size);
                    x += pitch;
                    inRow++;
                }
            }
            x = cursorX + Math.min(swatches, perRow) * pitch;
        } else if (entry == LegendEntry.PAGE_SEAM) {
            drawSeamSwatch(painter, slots, x, y, size);
            x += pitch;
        } else {
            drawSwatch(painter, kind, x, y, size);
            x += pitch;
        }
        float textX = x + size * 0.4f;
        float room = left + width - textX;
        float swatchesHeight = (swatchRows - 1) * pitch + lineHeight;
        if ((entryWidth > width || swatchRows > 1) && room > size * 4f) {
            // Wider than a whole row (a narrow window): the words wrap beside the swatches, never
            // running past the caption into the panels.
            float used = text.drawWrapped(line, FontStyle.SMALL, Palette.TEXT_DIM, textX, cursorTop, room);
            cursorX = left;
            cursorTop -= Math.max(Math.max(used, lineHeight), swatchesHeight) + lineHeight * 0.25f;
            return;
        }
        text.draw(line, FontStyle.SMALL, Palette.TEXT_DIM, textX, cursorTop);
        cursorX += entryWidth;
    }

    private void drawSwatch(FlatPainter painter, int code, float x, float y, float size) {
        if (code == LegendEntry.HOST.code) {
            painter.rect(x, y, size, size, Palette.HOST);
            return;
        }
        if (code == LegendEntry.SAVED.code) {
            float border = Math.max(1f, size * 0.15f);
            painter.rect(x - border, y - border, size + 2 * border, size + 2 * border, Palette.GHOST);
            painter.rect(x, y, size, size, Palette.BANK_FREE);
            return;
        }
        BankGridView.colourOf(code, swatch);
        painter.rect(x, y, size, size, swatch);
        BankGridView.drawMark(painter, code, x, y, size);
        if (code == BankContent.FREE) {
            // Free banks sit on the module's dark body; on the caption's plate they need an edge to show.
            painter.frame(x, y, size, size, 1f, Palette.MODULE_EDGE);
        }
    }

    /** Two sequences' pages in one bank: the first two slots shown, split by the dark seam. */
    private void drawSeamSwatch(FlatPainter painter, long slots, float x, float y, float size) {
        int first = Long.numberOfTrailingZeros(slots);
        int second = Long.numberOfTrailingZeros(slots & ~(1L << first));
        BankGridView.colourOf(BankContent.used(first), swatch);
        painter.rect(x, y, size / 2f, size, swatch);
        BankGridView.colourOf(BankContent.used(second), swatch);
        painter.rect(x + size / 2f, y, size / 2f, size, swatch);
        painter.rect(x + size / 2f - 0.5f, y, 1f, size, Palette.SEAM);
    }
}
