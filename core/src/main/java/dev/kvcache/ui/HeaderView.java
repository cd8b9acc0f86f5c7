package dev.kvcache.ui;

import dev.kvcache.app.FrameStats;
import dev.kvcache.app.SimulationHost;
import dev.kvcache.render.Palette;
import dev.kvcache.render.ScreenLayout;
import dev.kvcache.render.TextPainter;
import dev.kvcache.sim.Simulation;

/** The title, the one-line scenario summary under it, and the frame counter at the top right. */
public final class HeaderView {
    public static final String TITLE = "KV Cache Growth Simulator";
    private final StringBuilder line = new StringBuilder(160);
    private final StringBuilder counter = new StringBuilder(48);

    /** Height the header needs at the current font scale (px). */
    public float height(TextPainter text, ScreenLayout screen) {
        return text.lineHeight(FontStyle.TITLE) + text.lineHeight(FontStyle.BODY) + 3 * screen.margin();
    }

    public void draw(TextPainter text, ScreenLayout screen, SimulationHost host, FrameStats stats) {
        float margin = screen.margin();
        float top = screen.header().y + screen.header().height - margin;
        float used = text.draw(TITLE, FontStyle.TITLE, Palette.TEXT, margin, top);
        Simulation simulation = host.simulation();
        line.setLength(0);
        line.append(host.model().name()).append(" on ").append(host.device().name()).append(" \u00b7 ")
                .append(host.device().moduleCount()).append(" \u00d7 ").append(host.device().memoryType())
                .append(" \u00b7 batch ").append(simulation.settings().batch());
        text.draw(line, FontStyle.BODY, Palette.TEXT_DIM, margin, top - used - margin * 0.6f);
        counter.setLength(0);
        counter.append("frame ").append(stats.frames()).append(" \u00b7 ").append(stats.fps()).append(" fps");
        if (!simulation.isPlaying()) {
            counter.append(" \u00b7 PAUSED");
        }
        text.drawRight(counter, FontStyle.SMALL, Palette.TEXT_DIM, screen.header().width - margin, top);
    }
}
