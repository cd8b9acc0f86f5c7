package dev.kvcache.render;

import com.badlogic.gdx.math.Rectangle;
import com.badlogic.gdx.utils.Array;

/** The memory modules around the die (HBM stacks, GDDR chips, SRAM regions), each labelled with its type. */
public final class MemoryModuleView {
    public void draw(FlatPainter painter, TextPainter text, Array<Rectangle> modules, float scale, DeviceLook device,
            boolean labelled) {
        for (int i = 0; i < modules.size; i++) {
            Rectangle module = modules.get(i);
            painter.rect(module.x, module.y, module.width, module.height, Palette.MODULE_BODY);
            painter.frame(module.x, module.y, module.width, module.height, Math.max(1f, scale), Palette.MODULE_EDGE);
            // Only modules that can hold their label under it get one (88 SRAM regions cannot).
            if (!labelled || text.width(device.memoryType, FontStyle.SMALL) > module.width * 0.95f
                    || module.height < text.lineHeight(FontStyle.SMALL) * 2f) {
                continue;
            }
            text.drawCentred(device.memoryType, FontStyle.SMALL, Palette.TEXT_DIM,
                    module.x + module.width / 2f, module.y + module.height - 2f * scale);
        }
    }
}
