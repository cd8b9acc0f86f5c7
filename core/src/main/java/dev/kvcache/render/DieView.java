package dev.kvcache.render;

import com.badlogic.gdx.math.Rectangle;
import dev.kvcache.ui.FontStyle;

/** The GPU compute die: a dark metallic square with a gradient, an edge and the device's name. */
public final class DieView {
    public void draw(FlatPainter painter, TextPainter text, Rectangle die, DeviceLook device) {
        float edge = Math.max(1f, die.width * 0.012f);
        painter.rect(die.x - edge, die.y - edge, die.width + 2 * edge, die.height + 2 * edge, Palette.DIE_EDGE);
        painter.verticalGradient(die.x, die.y, die.width, die.height, Palette.DIE_DARK, Palette.DIE_LIGHT);
        // A lighter inner core suggests the compute array under the heat spreader.
        float inset = die.width * 0.12f;
        painter.verticalGradient(die.x + inset, die.y + inset, die.width - 2 * inset, die.height - 2 * inset,
                Palette.DIE_LIGHT, Palette.DIE_DARK);
        float centreX = die.x + die.width / 2f;
        float top = die.y + die.height / 2f + text.lineHeight(FontStyle.HEADING) / 2f;
        text.drawCentred(device.name, FontStyle.HEADING, Palette.TEXT, centreX, top);
    }
}
