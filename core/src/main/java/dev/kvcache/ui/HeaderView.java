package dev.kvcache.ui;

import com.badlogic.gdx.math.Rectangle;
import dev.kvcache.host.FrameStats;
import dev.kvcache.host.HostView;
import dev.kvcache.render.FontStyle;
import dev.kvcache.render.Palette;
import dev.kvcache.render.ScreenLayout;
import dev.kvcache.render.TextPainter;
import dev.kvcache.sim.SimSettings;
import dev.kvcache.sim.SimulationView;
import dev.kvcache.units.Quantities;
import dev.kvcache.units.ServingQuantities;

/**
 * The title, the scenario summary under it (ending with how long the scene has served on the
 * simulated clock at the animation's speed: "3 h 12 min of serving at 100x"), and the frame counter
 * at the top right (with the frame rate, or "idle" while frames are drawn only on change). Each part
 * is drawn only where it fits the header's band, so a short or thin window loses the summary and the
 * counter rather than drawing them over the scene.
 */
public final class HeaderView {
    public static final String TITLE = "KV Cache Growth Simulator";
    private static final String WIDEST_COUNTER = "frame 000000 \u00b7 000 fps \u00b7 PAUSED";
    private final StringBuilder line = new StringBuilder(160);
    private final StringBuilder measuredLine = new StringBuilder(160);
    private final StringBuilder counter = new StringBuilder(48);
    /** Chosen on resize: the title style that fits the width, and whether the counter fits beside it. */
    private FontStyle titleStyle = FontStyle.TITLE;
    private boolean counterBeside = true;
    private float counterWidth;
    private float measuredWidth = -1f;
    private float subtitleHeight;
    private SimSettings speedSettings;
    private String speedText = "";

    /**
     * Height the header needs at the current font scale for a window {@code width} px wide: title
     * (in the heading style, wrapped, when the title style does not fit) and two subtitle lines,
     * plus a line for the frame counter when it does not fit beside the title. Call on resize.
     */
    public float height(TextPainter text, ScreenLayout screen, float width) {
        float margin = screen.margin();
        float textWidth = Math.max(1f, width - 2 * margin);
        titleStyle = text.width(TITLE, FontStyle.TITLE) <= textWidth ? FontStyle.TITLE : FontStyle.HEADING;
        counterWidth = text.width(WIDEST_COUNTER, FontStyle.SMALL);
        counterBeside = text.width(TITLE, titleStyle) + counterWidth + 3 * margin < width;
        measuredWidth = -1f;
        float lines = text.wrappedHeight(TITLE, titleStyle, textWidth) + text.lineHeight(FontStyle.BODY) * 2.2f;
        if (!counterBeside) {
            lines += text.lineHeight(FontStyle.SMALL) * 1.3f;
        }
        return lines + 3 * margin;
    }

    public void draw(TextPainter text, ScreenLayout screen, HostView host, FrameStats stats) {
        float margin = screen.margin();
        Rectangle area = screen.header();
        float top = area.y + area.height - margin;
        float textWidth = screen.headerTextWidth();
        float used = text.drawWrapped(TITLE, titleStyle, Palette.TEXT, margin, top, textWidth);
        SimulationView simulation = host.simulation();
        line.setLength(0);
        line.append(host.model().name()).append(" on ").append(host.device().name()).append(" \u00b7 ")
                .append(host.device().moduleCount()).append(" \u00d7 ").append(host.device().memoryType())
                .append(" \u00b7 batch ").append(simulation.settings().batch());
        servingTime(line.append(" \u00b7 "), simulation);
        float subtitleTop = top - used - margin * 0.6f;
        float below = subtitleTop;
        if (subtitleTop - measureSubtitle(text, textWidth) >= area.y) {
            below -= text.drawWrapped(line, FontStyle.BODY, Palette.TEXT_DIM, margin, subtitleTop, textWidth);
        }
        counter.setLength(0);
        Quantities.grouped(counter.append("frame "), stats.frames()).append(" \u00b7 ");
        if (stats.isIdle()) {
            // Drawn only on change: a frame rate would be a stale number.
            counter.append("idle");
        } else {
            counter.append(stats.fps()).append(" fps");
        }
        if (!host.isPlaying()) {
            counter.append(" \u00b7 PAUSED");
        }
        float counterHeight = text.lineHeight(FontStyle.SMALL);
        Rectangle weights = screen.weightsButton();
        if (counterBeside) {
            if (top - counterHeight >= weights.y + weights.height || screen.isNarrow()) {
                text.drawRight(counter, FontStyle.SMALL, Palette.TEXT_DIM, area.width - margin, top);
            }
        } else if (counterWidth <= textWidth) {
            float counterTop = below - margin * 0.6f;
            if (counterTop - counterHeight >= area.y) {
                text.draw(counter, FontStyle.SMALL, Palette.TEXT_DIM, margin, counterTop);
            }
        }
    }

    /**
     * "3 h 12 min of serving at 100x": the serving clock beside the speed that runs it. The speed's
     * text is made when the settings change, not every frame.
     */
    StringBuilder servingTime(StringBuilder out, SimulationView simulation) {
        SimSettings settings = simulation.settings();
        if (settings != speedSettings) {
            speedSettings = settings;
            speedText = Quantities.speed(settings.speed());
        }
        return ServingQuantities.longDuration(out, simulation.serving().seconds()).append(" of serving at ")
                .append(speedText);
    }

    /** The subtitle's wrapped height, measured again only when its text or the width changed. */
    private float measureSubtitle(TextPainter text, float width) {
        if (width != measuredWidth || !sameText(line, measuredLine)) {
            measuredWidth = width;
            measuredLine.setLength(0);
            measuredLine.append(line);
            subtitleHeight = text.wrappedHeight(line, FontStyle.BODY, width);
        }
        return subtitleHeight;
    }

    private static boolean sameText(CharSequence a, CharSequence b) {
        if (a.length() != b.length()) {
            return false;
        }
        for (int i = 0; i < a.length(); i++) {
            if (a.charAt(i) != b.charAt(i)) {
                return false;
            }
        }
        return true;
    }
}
