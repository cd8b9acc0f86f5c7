package dev.kvcache.ui;

import com.badlogic.gdx.graphics.Color;
import dev.kvcache.render.FlatPainter;
import dev.kvcache.render.FontStyle;
import dev.kvcache.render.Palette;
import dev.kvcache.render.TextPainter;
import dev.kvcache.sim.BoundBy;
import dev.kvcache.sim.ServingView;
import dev.kvcache.units.Quantities;
import dev.kvcache.units.ServingQuantities;

/**
 * The live chart in the serving band, drawn with the frame's one batch (flat quads, text through
 * the text painter): at the left the sweep's curve, throughput against time per output token as
 * the batch grows ({@link SweepCurve}: a dot per batch, coloured by what bounds it), today's batch
 * lit and the KV limit marked as a wall; at the right a strip of the recent requests' time to
 * first token and time per token, newest at the right. Nothing here allocates per frame.
 */
final class ServingChart {
    private static final String NONE_FINISHED = "Requests: none finished yet";
    private static final String NONE_FINISHED_SHORT = "None finished yet";
    private static final Color MEMORY_DOT = Palette.ACCENT;
    private static final Color COMPUTE_DOT = Palette.rgb(0xffa94d);
    private static final Color INTERCONNECT_DOT = Palette.rgb(0xb197fc);
    private static final Color TODAY = Palette.rgb(0xffd43b);
    private static final Color WALL = Palette.GHOST;
    private static final Color AXIS = Palette.rgb(0x4a5878);
    private static final Color TTFT_BAR = Palette.rgb(0x63e6be);
    private static final Color TPOT_BAR = Palette.rgb(0xffa94d);
    /** The curve's share of the box's width; the request strip takes the rest. */
    private static final float CURVE_SHARE = 0.58f;

    private final SweepCurve curve = new SweepCurve();
    private String caption = "";
    private String shortCaption = "";
    private String wallLabel = "";
    private String todayLabel = "";
    private String yMaxLabel = "";
    private String xMaxLabel = "";
    private final StringBuilder stripCaption = new StringBuilder(32);
    private final StringBuilder ttftLabel = new StringBuilder(40);
    private final StringBuilder tpotLabel = new StringBuilder(40);

    SweepCurve curve() {
        return curve;
    }

    void draw(PanelContext context, float x, float top, float width, float height) {
        if (curve.refresh(context.host)) {
            labels();
        }
        FlatPainter painter = context.painter;
        float y = top - height;
        painter.rect(x, y, width, height, PanelBox.FILL);
        painter.frame(x, y, width, height, 1f, PanelBox.BORDER);
        float pad = context.padding;
        float inner = width - 3 * pad;
        float curveWidth = inner * CURVE_SHARE;
        drawCurve(context, x + pad, y + pad, curveWidth, height - 2 * pad);
        drawStrip(context, x + 2 * pad + curveWidth, y + pad, inner - curveWidth, height - 2 * pad);
    }

    /** The texts that change with the scenario, made when it changes. */
    private void labels() {
        StringBuilder b = new StringBuilder("Tokens/s against time per token, batch 1 to ");
        caption = Quantities.grouped(b, curve.kvLimit).toString();
        shortCaption = "Tokens/s vs time per token";
        b.setLength(0);
        wallLabel = Quantities.grouped(b.append("KV limit "), curve.kvLimit).toString();
        b.setLength(0);
        todayLabel = Quantities.grouped(b.append("batch "), curve.todayBatch)
                .append(curve.todayPastWall() ? " (past the KV limit)" : "").toString();
        b.setLength(0);
        yMaxLabel = ServingQuantities.tokensPerSecond(b, curve.maxTokensPerSecond).toString();
        b.setLength(0);
        xMaxLabel = Quantities.duration(b, curve.maxTpotSeconds).toString();
        if (curve.kvLimit < 1) {
            b.setLength(0);
            b.append("No request of ");
            caption = Quantities.tokens(b, curve.prompt + curve.output).append(" fits this layout").toString();
            shortCaption = "No request fits";
        }
    }

    private void drawCurve(PanelContext context, float x, float y, float width, float height) {
        TextPainter text = context.text;
        FlatPainter painter = context.painter;
        float line = text.lineHeight(FontStyle.SMALL);
        // The caption, and the KV limit at the right of its row where both fit.
        float wallWidth = curve.kvLimit > 0 ? text.width(wallLabel, FontStyle.SMALL) : 0f;
        String fitting = text.width(caption, FontStyle.SMALL) + wallWidth + line <= width ? caption : shortCaption;
        float captionWidth = text.width(fitting, FontStyle.SMALL);
        if (captionWidth <= width) {
            text.draw(fitting, FontStyle.SMALL, Palette.TEXT_DIM, x, y + height);
        }
        if (wallWidth > 0f && captionWidth + wallWidth + line <= width) {
            text.drawRight(wallLabel, FontStyle.SMALL, WALL, x + width, y + height);
        }
        float plotY = y;
        float plotHeight = height - line * 1.2f;
        if (plotHeight < line || curve.count == 0) {
            return;
        }
        float dot = Math.max(2f, Math.round(context.padding * 0.3f));
        painter.rect(x, plotY, 1f, plotHeight, AXIS);
        painter.rect(x, plotY, width, 1f, AXIS);
        double xMax = curve.maxTpotSeconds * 1.05;
        double yMax = curve.maxTokensPerSecond * 1.1;
        for (int i = 0; i < curve.count; i++) {
            float px = x + (float) (curve.tpotSeconds[i] / xMax) * width;
            float py = plotY + (float) (curve.tokensPerSecond[i] / yMax) * plotHeight;
            painter.rect(px - dot / 2f, py - dot / 2f, dot, dot, colour(curve.bound[i]));
        }
        if (curve.batch[curve.count - 1] == curve.kvLimit) {
            float wallX = x + (float) (curve.tpotSeconds[curve.count - 1] / xMax) * width + dot;
            painter.rect(wallX, plotY, Math.max(1f, dot / 2f), plotHeight, WALL);
        }
        float tx = x + (float) (curve.todayTpotSeconds / xMax) * width;
        float ty = plotY + (float) (curve.todayTokensPerSecond / yMax) * plotHeight;
        float lit = dot * 2.5f;
        painter.rect(tx - lit / 2f - 1f, ty - lit / 2f - 1f, lit + 2f, lit + 2f, Palette.TEXT);
        painter.rect(tx - lit / 2f, ty - lit / 2f, lit, lit, TODAY);
        float yMaxWidth = text.width(yMaxLabel, FontStyle.SMALL);
        text.draw(yMaxLabel, FontStyle.SMALL, Palette.TEXT_DIM, x + dot * 2f, plotY + plotHeight);
        text.drawRight(xMaxLabel, FontStyle.SMALL, Palette.TEXT_DIM, x + width, plotY + line + 2f);
        // Above and to the left of the point, where the rising curve leaves room; below and to the
        // right where that would run into the throughput label or off the plot.
        float labelWidth = text.width(todayLabel, FontStyle.SMALL);
        float left = tx - lit - labelWidth;
        float labelTop = Math.min(plotY + plotHeight, ty + lit + line);
        boolean clash = left < x + dot * 2f + yMaxWidth + dot && labelTop > plotY + plotHeight - line;
        if (left < x + dot || clash) {
            left = Math.min(tx + lit, x + width - labelWidth);
            labelTop = Math.max(plotY + line, ty - lit);
        }
        text.draw(todayLabel, FontStyle.SMALL, TODAY, left, labelTop);
    }

    private static Color colour(BoundBy bound) {
        switch (bound) {
            case COMPUTE:
                return COMPUTE_DOT;
            case INTERCONNECT:
                return INTERCONNECT_DOT;
            default:
                return MEMORY_DOT;
        }
    }

    /** Two rows of bars, one per recent request, each row scaled to its largest. */
    private void drawStrip(PanelContext context, float x, float y, float width, float height) {
        TextPainter text = context.text;
        ServingView serving = context.host.simulation().serving();
        int n = serving.recentCount();
        float line = text.lineHeight(FontStyle.SMALL);
        stripCaption.setLength(0);
        if (n == 0) {
            stripCaption.append(text.width(NONE_FINISHED, FontStyle.SMALL) <= width ? NONE_FINISHED : NONE_FINISHED_SHORT);
        } else {
            Quantities.grouped(stripCaption.append("Last "), n).append(n == 1 ? " request" : " requests");
        }
        // A narrow strip (a 1280-wide window) drops the caption rather than run it past the panel.
        if (text.width(stripCaption, FontStyle.SMALL) <= width) {
            text.draw(stripCaption, FontStyle.SMALL, Palette.TEXT_DIM, x, y + height);
        }
        float rows = height - line * 1.2f;
        float rowHeight = (rows - 2f) / 2f;
        if (rowHeight < line || n == 0) {
            return;
        }
        double ttftMax = 0;
        double tpotMax = 0;
        for (int i = 0; i < n; i++) {
            ttftMax = Math.max(ttftMax, serving.recentTtftSeconds(i));
            tpotMax = Math.max(tpotMax, finiteOr0(serving.recentTpotSeconds(i)));
        }
        float slot = width / ServingView.RECENT;
        float bar = Math.max(1f, slot * 0.7f);
        float ttftY = y + rowHeight + 2f;
        for (int i = 0; i < n; i++) {
            float bx = x + width - (i + 1) * slot;
            float ttft = ttftMax > 0 ? (float) (serving.recentTtftSeconds(i) / ttftMax) : 0f;
            float tpot = tpotMax > 0 ? (float) (finiteOr0(serving.recentTpotSeconds(i)) / tpotMax) : 0f;
            context.painter.rect(bx, ttftY, bar, Math.max(1f, ttft * rowHeight), TTFT_BAR, 0.8f);
            context.painter.rect(bx, y, bar, Math.max(1f, tpot * rowHeight), TPOT_BAR, 0.8f);
        }
        rowLabel(context, ttftLabel, "first token, up to ", "TTFT \u2264 ", ttftMax, Unit.LONG, x, ttftY + rowHeight,
                width);
        rowLabel(context, tpotLabel, "per token, up to ", "TPOT \u2264 ", tpotMax, Unit.SHORT, x, y + rowHeight, width);
    }

    /** How a row's largest value is written. */
    private enum Unit {
        LONG,
        SHORT
    }

    /**
     * A row's label over its bars, on a backing of the panel's fill so it reads over them: the long
     * wording where it fits the strip, else the short, else none.
     */
    private static void rowLabel(PanelContext context, StringBuilder label, String wording, String shortWording,
            double seconds, Unit unit, float x, float top, float width) {
        TextPainter text = context.text;
        for (int attempt = 0; attempt < 2; attempt++) {
            label.setLength(0);
            label.append(attempt == 0 ? wording : shortWording);
            if (unit == Unit.LONG) {
                ServingQuantities.longDuration(label, seconds);
            } else {
                Quantities.duration(label, seconds);
            }
            float labelWidth = text.width(label, FontStyle.SMALL);
            if (labelWidth <= width) {
                float line = text.lineHeight(FontStyle.SMALL);
                context.painter.rect(x, top - line, labelWidth + 2f, line, PanelBox.FILL);
                text.draw(label, FontStyle.SMALL, Palette.TEXT, x, top);
                return;
            }
        }
    }

    private static double finiteOr0(double value) {
        return Double.isNaN(value) || Double.isInfinite(value) ? 0 : value;
    }
}
