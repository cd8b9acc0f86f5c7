package dev.kvcache.ui;

import dev.kvcache.catalog.DevicePerformance;
import dev.kvcache.host.HostView;
import dev.kvcache.memory.ClusterLayout;
import dev.kvcache.memory.ScenarioFigures;
import dev.kvcache.render.FontStyle;
import dev.kvcache.render.Palette;
import dev.kvcache.render.TextPainter;
import dev.kvcache.sim.BoundBy;
import dev.kvcache.sim.ServingView;
import dev.kvcache.timing.ServingCosts;
import dev.kvcache.units.Quantities;
import dev.kvcache.units.ServingQuantities;

/**
 * The performance panel: what the serving clock measured for the requests finished so far (time
 * to first token from arrival, as a client measures it, and under it the part after the request
 * got a slot; time per output token), throughput in all and per user, requests a second, the price of a
 * million output tokens, the energy per token (at full board power: an upper bound) and what bound
 * the last step. The part after admission is shown apart because a saturated scene's first token
 * is almost all queueing (minutes), while {@code report}'s {@code performance.ttftSeconds} is that
 * unqueued part (prefill and the step in flight). The same figures as the state JSON's
 * {@code serving} object, read each frame into
 * reused builders; the header says how long the scene has served.
 */
public final class PerformancePanel {
    /** How much the panel shows, and how. */
    public enum Form {
        /** The column's: a row for each figure. */
        FULL(9),
        /** The serving band's: the title and the bound on one row, the figures in two columns. */
        WIDE(5),
        /** Both latencies on one row, the first token once admitted, throughput, and the bound: phones. */
        COMPACT(4);

        final int rows;

        Form(int rows) {
            this.rows = rows;
        }
    }

    static final String TITLE = "Speed and cost";
    /**
     * The title where the deployment has more than one replica: the simulation runs one of them, so
     * its throughput is a replica's (a 100,000-GPU cluster read 792 tokens/s under the plain title).
     */
    static final String REPLICA_TITLE = "Speed and cost per replica";
    /** Energy is counted at full board power, which a GPU seldom draws: an upper bound, and the label says so. */
    static final String ENERGY = "Energy, at most";
    /**
     * The label where the device publishes no power: no bound to state, and beside "no published TDP"
     * the longer label ran into its value in the serving band at 1280x720.
     */
    static final String ENERGY_UNPUBLISHED = "Energy";
    /** The label of the part of the first token's time after the request got a slot (the rest is queueing). */
    static final String ADMITTED = "Once admitted";
    /** What a figure reads before the first request finished (or any time passed). */
    static final String NONE_YET = "\u2014";

    final StringBuilder ttft = new StringBuilder(32);
    final StringBuilder admitted = new StringBuilder(32);
    final StringBuilder requestRate = new StringBuilder(32);
    final StringBuilder tpot = new StringBuilder(32);
    final StringBuilder throughput = new StringBuilder(32);
    final StringBuilder perUser = new StringBuilder(32);
    final StringBuilder price = new StringBuilder(48);
    final StringBuilder energy = new StringBuilder(48);
    /** {@link #ENERGY}, or {@link #ENERGY_UNPUBLISHED} where there is no power to bound it by. */
    String energyLabel = ENERGY;
    final StringBuilder latencies = new StringBuilder(48);
    final StringBuilder rates = new StringBuilder(48);
    private final StringBuilder bound = new StringBuilder(40);
    private ScenarioFigures titledFor;
    private String title = TITLE;

    public float height(TextPainter text, float padding, Form form) {
        float rows = form.rows * InfoPanel.rowHeight(text) + padding;
        // The wide form's title shares its first row: no title band.
        return form == Form.WIDE ? rows + padding : PanelBox.titleHeight(text, padding) + rows;
    }

    /** Reads the figures of {@code host}'s scene into the panel's rows (no drawing; tests call it too). */
    void compose(HostView host) {
        ScenarioFigures figures = host.figures();
        if (figures != titledFor && figures != null) {
            titledFor = figures;
            title = ClusterLayout.of(host.catalog(), figures.scenario).replicas > 1 ? REPLICA_TITLE : TITLE;
        }
        ServingView v = host.simulation().serving();
        ttft.setLength(0);
        tpot.setLength(0);
        admitted.setLength(0);
        if (v.requestsTimed() == 0) {
            ttft.append(NONE_YET);
            tpot.append(NONE_YET);
            admitted.append(NONE_YET);
        } else {
            ServingQuantities.longDuration(ttft, v.meanTtftSeconds());
            Quantities.duration(tpot, v.meanTpotSeconds());
            ServingQuantities.longDuration(admitted, Math.max(0, v.meanTtftSeconds() - v.meanQueueSeconds()));
        }
        requestRate.setLength(0);
        double requests = v.requestsPerSecond();
        if (v.requestsTimed() > 0 && requests > 0 && !Double.isInfinite(requests)) {
            ServingQuantities.requestsPerSecond(requestRate, requests);
        } else {
            requestRate.append(NONE_YET);
        }
        throughput.setLength(0);
        perUser.setLength(0);
        orNone(throughput, v.tokensPerSecond());
        orNone(perUser, v.tokensPerSecondPerUser());
        DevicePerformance device = host.device().performance();
        double tokens = v.outputTokens();
        price.setLength(0);
        energy.setLength(0);
        if (!device.usdPerHour().isKnown()) {
            price.append("no published price");
        } else if (!(tokens > 0)) {
            price.append(NONE_YET);
        } else {
            ServingQuantities.usd(price, ServingCosts.dollarsPerMillionTokens(device, v.gpuSeconds(), tokens))
                    .append(" / M output tokens");
        }
        energyLabel = device.tdpWatts().isKnown() ? ENERGY : ENERGY_UNPUBLISHED;
        if (!device.tdpWatts().isKnown()) {
            // Short: in the serving band the longer "no published board power" ran into its label.
            energy.append("no published TDP");
        } else if (!(tokens > 0)) {
            energy.append(NONE_YET);
        } else {
            ServingQuantities.joules(energy, ServingCosts.joulesPerToken(device, v.gpuSeconds(), tokens)).append(" / token");
        }
        latencies.setLength(0);
        if (v.requestsTimed() == 0) {
            latencies.append(NONE_YET);
        } else {
            ServingQuantities.longDuration(latencies, v.meanTtftSeconds()).append(" \u00b7 ");
            Quantities.duration(latencies, v.meanTpotSeconds());
        }
        rates.setLength(0);
        orNone(rates, v.tokensPerSecond());
        if (v.requestsTimed() > 0) {
            ServingQuantities.tokensPerSecond(rates.append(" \u00b7 "), v.tokensPerSecondPerUser()).append(" each");
        }
    }

    /**
     * The panel as five lines of text, for the phone's "More" panel (call after {@link #compose}):
     * the bound, both latencies, the first token once admitted and the request rate, both token rates,
     * price and energy.
     */
    StringBuilder summary(StringBuilder out, HostView host) {
        out.append(title).append(": bound by ").append(boundWords(host.simulation().serving().bound()));
        out.append("\nFirst token ").append(ttft).append(" \u00b7 per token ").append(tpot);
        out.append("\n").append(ADMITTED).append(' ').append(admitted).append(" \u00b7 ").append(requestRate);
        out.append("\n").append(throughput).append(" \u00b7 per user ").append(perUser);
        out.append('\n').append(price).append(" \u00b7 ");
        return out.append(ENERGY.equals(energyLabel) ? "energy at most " : "energy: ").append(energy);
    }

    private static void orNone(StringBuilder out, double perSecond) {
        if (perSecond > 0 && !Double.isInfinite(perSecond)) {
            ServingQuantities.tokensPerSecond(out, perSecond);
        } else {
            out.append(NONE_YET);
        }
    }

    /** What bound the last step, in words: "memory bandwidth", "compute", "interconnect". */
    static String boundWords(BoundBy bound) {
        switch (bound) {
            case COMPUTE:
                return "compute";
            case INTERCONNECT:
                return "interconnect";
            default:
                return "memory bandwidth";
        }
    }

    public void draw(PanelContext context, float x, float top, float width, Form form) {
        compose(context.host);
        if (form == Form.WIDE) {
            drawWide(context, x, top, width);
            return;
        }
        TextPainter text = context.text;
        float y = PanelBox.draw(context.painter, text, title, Palette.ACCENT, x, top, width,
                height(text, context.padding, form), context.padding);
        float left = x + context.padding;
        float right = x + width - context.padding;
        float row = InfoPanel.rowHeight(text);
        String boundBy = boundWords(context.host.simulation().serving().bound());
        if (form == Form.COMPACT) {
            y = InfoPanel.row(text, "TTFT \u00b7 per token", latencies, left, right, y, row);
            y = InfoPanel.row(text, ADMITTED, admitted, left, right, y, row);
            y = InfoPanel.row(text, "Tokens/s", rates, left, right, y, row);
            InfoPanel.row(text, "Bound by", boundBy, left, right, y, row);
            return;
        }
        y = InfoPanel.row(text, "First token", ttft, left, right, y, row);
        y = InfoPanel.row(text, ADMITTED, admitted, left, right, y, row);
        y = InfoPanel.row(text, "Per token", tpot, left, right, y, row);
        y = InfoPanel.row(text, "Throughput", throughput, left, right, y, row);
        y = InfoPanel.row(text, "Requests", requestRate, left, right, y, row);
        y = InfoPanel.row(text, "Per user", perUser, left, right, y, row);
        y = InfoPanel.row(text, "Price", price, left, right, y, row);
        y = InfoPanel.row(text, energyLabel, energy, left, right, y, row);
        InfoPanel.row(text, "Bound by", boundBy, left, right, y, row);
    }

    /** Two columns of figures under a row holding the title and the serving time. */
    private void drawWide(PanelContext context, float x, float top, float width) {
        TextPainter text = context.text;
        float pad = context.padding;
        float height = height(text, pad, Form.WIDE);
        context.painter.rect(x, top - height, width, height, PanelBox.FILL);
        context.painter.frame(x, top - height, width, height, 1f, PanelBox.BORDER);
        float left = x + pad;
        float right = x + width - pad;
        float middle = x + width / 2f;
        float row = InfoPanel.rowHeight(text);
        float y = top - pad;
        text.draw(title, FontStyle.LABEL, Palette.ACCENT, left, y);
        bound.setLength(0);
        bound.append("bound by ").append(boundWords(context.host.simulation().serving().bound()));
        text.drawRight(bound, FontStyle.BODY, Palette.ACCENT, right, y);
        y -= row;
        InfoPanel.row(text, "First token", ttft, left, middle - pad / 2f, y, row);
        y = InfoPanel.row(text, "Per token", tpot, middle + pad / 2f, right, y, row);
        InfoPanel.row(text, ADMITTED, admitted, left, middle - pad / 2f, y, row);
        y = InfoPanel.row(text, "Requests", requestRate, middle + pad / 2f, right, y, row);
        InfoPanel.row(text, "Throughput", throughput, left, middle - pad / 2f, y, row);
        y = InfoPanel.row(text, "Per user", perUser, middle + pad / 2f, right, y, row);
        InfoPanel.row(text, "Price", price, left, middle - pad / 2f, y, row);
        InfoPanel.row(text, energyLabel, energy, middle + pad / 2f, right, y, row);
    }
}
