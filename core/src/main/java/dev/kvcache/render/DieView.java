package dev.kvcache.render;

import com.badlogic.gdx.graphics.Color;
import com.badlogic.gdx.math.MathUtils;
import com.badlogic.gdx.math.Rectangle;

/**
 * The compute die: a metallic square in the device's scheme (steel for GPUs, copper for SRAM
 * accelerators) with a gradient, an edge, the device's name and, for SRAM parts, how many memory
 * regions it holds. With FlashAttention on, green tiles sweep across it: attention computed one
 * tile of {@code flashTile x flashTile} scores at a time in on-chip SRAM.
 */
public final class DieView {
    private static final Color TILE = Palette.rgb(0x51cf66);
    private static final Color TILE_HOT = Palette.rgb(0xc0eb75);
    /** Tiles across the die's compute area (drawn grid, not the real tile count). */
    private static final int GRID = 8;
    private final StringBuilder tileLabel = new StringBuilder(32);

    public void draw(FlatPainter painter, TextPainter text, Rectangle die, DeviceLook device, boolean flash,
            float time, int flashTile) {
        float edge = Math.max(1f, die.width * 0.012f);
        painter.rect(die.x - edge, die.y - edge, die.width + 2 * edge, die.height + 2 * edge, device.dieEdge);
        painter.verticalGradient(die.x, die.y, die.width, die.height, device.dieDark, device.dieLight);
        float inset = die.width * 0.12f;
        float coreX = die.x + inset;
        float coreY = die.y + inset;
        float coreSize = die.width - 2 * inset;
        painter.verticalGradient(coreX, coreY, coreSize, coreSize, device.dieLight, device.dieDark);
        if (flash) {
            drawTiles(painter, coreX, coreY, coreSize, time);
        }
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

    /** A wave of tiles moves row by row, like the kernel's loop over key/value blocks. */
    private void drawTiles(FlatPainter painter, float x, float y, float size, float time) {
        float cell = size / GRID;
        float gap = Math.max(1f, cell * 0.12f);
        float sweep = (time * 6f) % (GRID * GRID);
        for (int row = 0; row < GRID; row++) {
            for (int column = 0; column < GRID; column++) {
                int index = row * GRID + column;
                float distance = sweep - index;
                if (distance < 0f) {
                    distance += GRID * GRID;
                }
                float heat = Math.max(0f, 1f - distance / 10f);
                float alpha = 0.10f + 0.55f * heat + 0.05f * MathUtils.sin(time * 3f + index);
                painter.rect(x + column * cell + gap / 2f, y + (GRID - 1 - row) * cell + gap / 2f, cell - gap,
                        cell - gap, heat > 0.8f ? TILE_HOT : TILE, Math.max(0.05f, alpha));
            }
        }
    }
}
