package dev.kvcache.render;

import com.badlogic.gdx.math.Rectangle;
import com.badlogic.gdx.utils.Array;

/**
 * The memory modules around the die (HBM stacks, GDDR chips, SRAM regions), each labelled with its
 * type. Bodies go under the banks; labels go on top of the particles, on a plate of the module's
 * own colour, so traffic at 100x never covers them.
 */
public final class MemoryModuleView {
    public void drawBodies(FlatPainter painter, Array<Rectangle> modules, float scale, DeviceLook device) {
        for (int i = 0; i < modules.size; i++) {
            Rectangle module = modules.get(i);
            painter.rect(module.x, module.y, module.width, module.height, device.moduleBody);
            painter.frame(module.x, module.y, module.width, module.height, Math.max(1f, scale), device.moduleEdge);
        }
    }

    /** The labels, for modules that can hold theirs above their banks (modules are not all the same size). */
    public void drawLabels(FlatPainter painter, TextPainter text, Array<Rectangle> modules, float scale,
            DeviceLook device, boolean labelled) {
        if (!labelled) {
            return;
        }
        float labelWidth = text.width(device.memoryType, FontStyle.SMALL);
        float lineHeight = text.lineHeight(FontStyle.SMALL);
        float edge = Math.max(1f, scale);
        for (int i = 0; i < modules.size; i++) {
            Rectangle module = modules.get(i);
            if (labelWidth > module.width * 0.95f || module.height < lineHeight * 2f) {
                continue;
            }
            float top = module.y + module.height - edge;
            painter.rect(module.x + edge, top - lineHeight - scale, module.width - 2 * edge, lineHeight + scale,
                    device.moduleBody);
            text.drawCentred(device.memoryType, FontStyle.SMALL, Palette.TEXT_DIM, module.x + module.width / 2f,
                    module.y + module.height - 2f * scale);
        }
    }
}
