package dev.kvcache.render;

import com.badlogic.gdx.graphics.Color;
import com.badlogic.gdx.math.MathUtils;
import com.badlogic.gdx.math.Rectangle;

/**
 * The compute die: a metallic square in the device's scheme (steel for GPUs, copper for SRAM
 * accelerators) with a soft glow, a crisp edge, the device's name and, for SRAM parts, how many
 * memory regions it holds. Its core is a grid of attention tiles, query tiles in rows over key tiles
 * in columns (causal: only tiles on or below the diagonal are computed), above the on-chip cache or
 * SRAM, sized from the catalogue. With FlashAttention on, the tiles light up in the kernel's order,
 * row by row; computed tiles pulse faster as the decode rate rises, faster and brighter the more of
 * the achieved peak the step keeps busy (a busy die when compute bounds it, a calm one when memory
 * does), and stand still when paused.
 */
public final class DieView {
    private static final Color TILE = Palette.rgb(0x51cf66);
    private static final Color TILE_HOT = Palette.rgb(0xc0eb75);
    private static final Color ON_CHIP = Palette.rgb(0x1f5f7a);
    private static final Color ON_CHIP_EDGE = Palette.rgb(0x66d9e8);
    /** Tiles across the die's compute area (drawn grid, not the real tile count). */
    static final int GRID = 8;
    /** Tiles FlashAttention computes per pass: the causal lower triangle, diagonal included. */
    static final int CAUSAL_TILES = GRID * (GRID + 1) / 2;
    /** Tiles the sweep moves per pulse. */
    private static final float TILES_PER_PULSE = 12f;
    private final StringBuilder tileLabel = new StringBuilder(32);
    private final SoftGlow glow = new SoftGlow();

    /**
     * Pulses per second for {@code ticksPerSecond} decode steps per second: one flash per token would
     * strobe at 30-3,000 Hz, so the rate grows with the logarithm of the tick rate, 1 Hz at 1x
     * (30 ticks/s) to 6 Hz from about 100x, never falling as the rate rises.
     */
    public static float pulseHertz(double ticksPerSecond) {
        if (!(ticksPerSecond > 0)) {
            return 0f;
        }
        double octaves = Math.log(Math.max(1.0, ticksPerSecond / 30.0)) / Math.log(2.0);
        return (float) Math.min(6.0, 1.0 + 0.75 * octaves);
    }

    /**
     * How the step's compute share (0-1: its operations per second over the achieved peak) paces
     * the pulses: a third of the decode rate's pace when the tiles wait on memory, up to twice it
     * when they are the bound.
     */
    public static float busyPace(float computeBusy) {
        return 0.35f + 1.65f * Math.max(0f, Math.min(1f, computeBusy));
    }

    /** Position in FlashAttention's order of query row {@code row}'s tile against key column {@code column}. */
    static int sweepOrder(int row, int column) {
        return row * (row + 1) / 2 + column;
    }

    /**
     * The rectangle the die's opaque edge and body cover, {@code die} and its edge: what is drawn before
     * the die wholly inside it never reaches the screen.
     */
    public static Rectangle covered(Rectangle die, Rectangle out) {
        float edge = edge(die);
        return out.set(die.x - edge, die.y - edge, die.width + 2 * edge, die.height + 2 * edge);
    }

    private static float edge(Rectangle die) {
        return Math.max(1f, die.width * 0.012f);
    }

    /**
     * Draws the die; {@code phase} counts pulses (it advances at {@link #pulseHertz} times
     * {@link #busyPace} while the simulation plays, and stands still under reduced motion);
     * {@code computeBusy} (0-1) brightens the computed tiles.
     */
    public void draw(FlatPainter painter, TextPainter text, Rectangle die, DeviceLook device, boolean flash,
            float phase, int flashTile, float computeBusy) {
        float pulse = 0.5f + 0.5f * MathUtils.sin(phase * MathUtils.PI2);
        glow.draw(painter, die.x, die.y, die.width, die.height, die.width * 0.1f, device.dieGlow,
                0.35f + 0.1f * pulse);
        float edge = edge(die);
        painter.rect(die.x - edge, die.y - edge, die.width + 2 * edge, die.height + 2 * edge, device.dieEdge);
        painter.verticalGradient(die.x, die.y, die.width, die.height, device.dieDark, device.dieLight);
        // A crisp 1 px light line along the top and left: the bevel that makes the die stand up.
        painter.rect(die.x, die.y + die.height - 1f, die.width, 1f, device.moduleLit, 0.6f);
        painter.rect(die.x, die.y, 1f, die.height, device.moduleLit, 0.35f);
        float inset = die.width * 0.12f;
        float coreX = die.x + inset;
        float coreY = die.y + inset;
        float coreSize = die.width - 2 * inset;
        painter.verticalGradient(coreX, coreY, coreSize, coreSize, device.dieLight, device.dieDark);
        float onChipHeight = coreSize * device.onChipShare;
        float gap = Math.max(1f, coreSize * 0.015f);
        // A size not listed gets no region, but its note keeps a strip of its own: over the tiles
        // ("SLC: size not listed" on an M4 Max) it was hard to read and hid the bottom row.
        float under = onChipHeight > 0f ? onChipHeight : noteStrip(text, device, coreSize);
        float gridY = coreY + (under > 0f ? under + gap : 0f);
        float busy = 0.6f + 0.8f * Math.max(0f, Math.min(1f, computeBusy));
        drawTiles(painter, coreX, gridY, coreSize, coreY + coreSize - gridY, flash, phase, pulse, busy);
        drawOnChip(painter, text, coreX, coreY, coreSize, onChipHeight, device, flash, pulse);
        float centreX = die.x + die.width / 2f;
        float top = die.y + die.height / 2f + text.lineHeight(FontStyle.HEADING) / 2f;
        if (text.width(device.name, FontStyle.HEADING) < die.width * 0.95f) {
            text.drawCentred(device.name, FontStyle.HEADING, Palette.TEXT, centreX, top);
        } else if (text.width(device.name, FontStyle.SMALL) < die.width * 0.95f) {
            text.drawCentred(device.name, FontStyle.SMALL, Palette.TEXT, centreX, top);
        }
        if (!device.dieNote.isEmpty() && text.width(device.dieNote, FontStyle.SMALL) < die.width * 0.95f) {
            text.drawCentred(device.dieNote, FontStyle.SMALL, Palette.TEXT_DIM, centreX,
                    top - text.lineHeight(FontStyle.HEADING) * 1.2f);
        }
        if (flash) {
            tileLabel.setLength(0);
            tileLabel.append("FlashAttention tiles ").append(flashTile).append('\u00d7').append(flashTile);
            if (text.width(tileLabel, FontStyle.SMALL) < die.width * 0.95f) {
                text.drawCentred(tileLabel, FontStyle.SMALL, TILE_HOT, centreX, die.y + inset * 0.8f);
            }
        }
    }

    /**
     * Query tiles in rows (top row first) over key tiles in columns. With FlashAttention the sweep
     * lights each computed tile in the kernel's order and leaves a fading trail; the query row being
     * worked on stays lit (its tile sits in SRAM). Without it the computed tiles pulse together.
     */
    private static void drawTiles(FlatPainter painter, float x, float y, float width, float height, boolean flash,
            float phase, float pulse, float busy) {
        float cellWidth = width / GRID;
        float cellHeight = height / GRID;
        float gap = Math.max(1f, Math.min(cellWidth, cellHeight) * 0.12f);
        float sweep = (phase * TILES_PER_PULSE) % CAUSAL_TILES;
        int currentRow = rowOf((int) sweep);
        for (int row = 0; row < GRID; row++) {
            float tileY = y + (GRID - 1 - row) * cellHeight + gap / 2f;
            for (int column = 0; column < GRID; column++) {
                float tileX = x + column * cellWidth + gap / 2f;
                if (column > row) {
                    // Masked by causality: never computed.
                    painter.rect(tileX, tileY, cellWidth - gap, cellHeight - gap, TILE, 0.04f);
                    continue;
                }
                float alpha;
                Color colour = TILE;
                if (flash) {
                    float distance = sweep - sweepOrder(row, column);
                    if (distance < 0f) {
                        distance += CAUSAL_TILES;
                    }
                    float heat = Math.max(0f, 1f - distance / 6f);
                    alpha = 0.12f + 0.6f * heat + 0.08f * pulse + (row == currentRow ? 0.1f : 0f);
                    if (heat > 0.8f) {
                        colour = TILE_HOT;
                    }
                } else {
                    alpha = 0.10f + 0.12f * pulse;
                }
                painter.rect(tileX, tileY, cellWidth - gap, cellHeight - gap, colour, Math.min(1f, alpha * busy));
            }
        }
    }

    /** The query row that FlashAttention's {@code order}-th tile belongs to. */
    static int rowOf(int order) {
        int row = 0;
        while (row + 1 < GRID && sweepOrder(row + 1, 0) <= order) {
            row++;
        }
        return row;
    }

    /** Height kept under the tiles for the note of an unlisted on-chip size (0 where the note does not fit). */
    private static float noteStrip(TextPainter text, DeviceLook device, float coreSize) {
        float lineHeight = text.lineHeight(FontStyle.SMALL);
        return noteFits(text, device, coreSize, 0f) ? lineHeight * 1.4f : 0f;
    }

    private static boolean noteFits(TextPainter text, DeviceLook device, float width, float height) {
        float lineHeight = text.lineHeight(FontStyle.SMALL);
        return text.width(device.onChipLabel, FontStyle.SMALL) < width * 0.95f
                && lineHeight < Math.max(height, width * 0.2f);
    }

    /** The cache or SRAM under the tiles, with a crisp 1 px outline and its size; a note when none is listed. */
    private static void drawOnChip(FlatPainter painter, TextPainter text, float x, float y, float width,
            float height, DeviceLook device, boolean flash, float pulse) {
        float lineHeight = text.lineHeight(FontStyle.SMALL);
        if (height > 0f) {
            painter.rect(x, y, width, height, ON_CHIP, flash ? 0.75f + 0.25f * pulse : 0.75f);
            painter.frame(Math.round(x), Math.round(y), Math.round(width), Math.round(height), 1f, ON_CHIP_EDGE);
        }
        if (noteFits(text, device, width, height)) {
            float middle = height > 0f ? y + height / 2f : y + lineHeight * 0.7f;
            text.drawCentred(device.onChipLabel, FontStyle.SMALL, height > 0f ? Palette.TEXT : Palette.TEXT_DIM,
                    x + width / 2f, middle + lineHeight / 2f);
        }
    }
}
