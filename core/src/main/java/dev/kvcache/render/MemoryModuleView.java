package dev.kvcache.render;

import com.badlogic.gdx.math.Rectangle;
import com.badlogic.gdx.utils.Array;
import dev.kvcache.ui.FontStyle;

/** The memory modules around the die (HBM stacks, GDDR chips, SRAM regions), each labelled. */
public final class MemoryModuleView {
    /** Bank edge and pitch at the reference scale (px): 8x8 banks on a 10 px grid. */
    public static final float BANK_SIZE = 8f;
    public static final float BANK_PITCH = 10f;

    public void draw(FlatPainter painter, TextPainter text, Array<Rectangle> modules, float scale,
            DeviceLook device) {
        float labelHeight = text.lineHeight(FontStyle.SMALL);
        for (int i = 0; i < modules.size; i++) {
            Rectangle module = modules.get(i);
            painter.rect(module.x, module.y, module.width, module.height, Palette.MODULE_BODY);
            painter.frame(module.x, module.y, module.width, module.height, Math.max(1f, scale), Palette.MODULE_EDGE);
            text.drawCentred(device.memoryType, FontStyle.SMALL, Palette.TEXT_DIM,
                    module.x + module.width / 2f, module.y + module.height - 3f * scale);
            drawBankGrid(painter, module, scale, labelHeight + 6f * scale);
        }
    }

    private void drawBankGrid(FlatPainter painter, Rectangle module, float scale, float labelSpace) {
        float pitch = BANK_PITCH * scale;
        float bank = Math.max(1f, BANK_SIZE * scale);
        float margin = 6f * scale;
        int columns = (int) ((module.width - 2 * margin) / pitch);
        int rows = (int) ((module.height - 2 * margin - labelSpace) / pitch);
        for (int row = 0; row < rows; row++) {
            for (int column = 0; column < columns; column++) {
                painter.rect(module.x + margin + column * pitch, module.y + margin + row * pitch, bank, bank,
                        Palette.BANK_FREE);
            }
        }
    }
}
