package dev.kvcache.ui;

import dev.kvcache.host.FrameStats;
import dev.kvcache.host.HostView;
import dev.kvcache.render.FontStyle;
import dev.kvcache.render.Palette;
import dev.kvcache.render.ScreenLayout;
import dev.kvcache.render.TextPainter;
import dev.kvcache.sim.SimulationView;
import dev.kvcache.units.Quantities;

/** The title, the one-line scenario summary under it, and the frame counter at the top right. */
public final class HeaderView {
    public static final String TITLE = "KV Cache Growth Simulator";
    private final StringBuilder line = new StringBuilder(160);
    private final StringBuilder counter = new StringBuilder(48);

    /**
     * Height the header needs at the current font scale for a window {@code width} px wide: title
     * and subtitle, plus a line for the frame counter when it does not fit beside the title.
     */
    public float height(TextPainter text, ScreenLayout screen, float width) {
        float lines = text.lineHeight(FontStyle.TITLE) + text.lineHeight(FontStyle.BODY) * 2.2f;
        if (!counterFitsBesideTitle(text, width, screen.margin())) {
            lines += text.lineHeight(FontStyle.SMALL) * 1.3f;
        }
        return lines + 3 * screen.margin();
    }

    private static boolean counterFitsBesideTitle(TextPainter text, float width, float margin) {
        return text.width(TITLE, FontStyle.TITLE) + text.width("frame 000000 \u00b7 000 fps \u00b7 PAUSED", FontStyle.SMALL)
                + 3 * margin < width;
    }

    public void draw(TextPainter text, ScreenLayout screen, HostView host, FrameStats stats) {
        float margin = screen.margin();
        float top = screen.header().y + screen.header().height - margin;
        float used = text.draw(TITLE, FontStyle.TITLE, Palette.TEXT, margin, top);
        SimulationView simulation = host.simulation();
        line.setLength(0);
        line.append(host.model().name()).append(" on ").append(host.device().name()).append(" \u00b7 ")
                .append(host.device().moduleCount()).append(" \u00d7 ").append(host.device().memoryType())
                .append(" \u00b7 batch ").append(simulation.settings().batch());
        float width = screen.header().width;
        float subtitleTop = top - used - margin * 0.6f;
        float subtitleHeight = text.drawWrapped(line, FontStyle.BODY, Palette.TEXT_DIM, margin, subtitleTop,
                width - 2 * margin);
        counter.setLength(0);
        Quantities.grouped(counter.append("frame "), stats.frames()).append(" \u00b7 ").append(stats.fps())
                .append(" fps");
        if (!host.isPlaying()) {
            counter.append(" \u00b7 PAUSED");
        }
        if (counterFitsBesideTitle(text, width, margin)) {
            text.drawRight(counter, FontStyle.SMALL, Palette.TEXT_DIM, width - margin, top);
        } else {
            text.draw(counter, FontStyle.SMALL, Palette.TEXT_DIM, margin, subtitleTop - subtitleHeight - margin * 0.6f);
        }
    }
}
