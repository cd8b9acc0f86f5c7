package dev.kvcache.render;

import com.badlogic.gdx.math.Rectangle;
import com.badlogic.gdx.utils.Array;

/**
 * The memory modules around the die (HBM stacks, GDDR chips, SRAM regions), each labelled with its
 * type. Bodies (a drop shadow, a crisp 1 px outline and a lit top edge) go under the banks; labels go on top of the particles, on a plate of the module's
 * own colour, so traffic at 100x never covers them.
 */
public final class MemoryModuleView {
    public void drawBodies(FlatPainter painter, Array<Rectangle> modules, float scale, DeviceLook device) {
        for (int i = 0; i < modules.size; i++) {
            Rectangle module = modules.get(i);
            float shadow = Math.max(2f, 3f * scale);
            // Only the strips the body leaves uncovered: a full rectangle underneath would double the fill.
            painter.rect(module.x + shadow, module.y - shadow, module.width, shadow, Palette.SEAM, 0.6f);
            painter.rect(module.x + module.width, module.y, shadow, module.height - shadow, Palette.SEAM, 0.6f);
            painter.rect(module.x, module.y, module.width, module.height, device.moduleBody);
            // Whole pixels, so the outline and the lit edge are one crisp pixel at any scale.
            float x = Math.round(module.x);
            float y = Math.round(module.y);
            float width = Math.round(module.x + module.width) - x;
            float height = Math.round(module.y + module.height) - y;
            painter.frame(x, y, width, height, 1f, device.moduleEdge);
            painter.rect(x + 1f, y + height - 2f, width - 2f, 1f, device.moduleLit);
            painter.rect(x + 1f, y + 1f, 1f, height - 3f, device.moduleLit, 0.4f);
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
