package dev.kvcache.ui;

import com.badlogic.gdx.math.Rectangle;
import dev.kvcache.memory.FormulaForm;
import dev.kvcache.render.Detail;
import dev.kvcache.render.FontStyle;

/**
 * Stacks the side panels top-down in their region: warnings first when there are any, then info,
 * performance, formula and papers (below the formula), then the memory budget right under the last
 * panel, whose room is kept first so it always shows. Where the layout gives the scene a serving
 * band, the performance panel sits at its left instead, beside the chart. The info and performance
 * panels drop to their compact forms where the whole ones do not fit (short phones), the formula
 * to its counting and then to its live paragraph ({@link FormulaForm}); any other
 * panel that does not fit the remaining height is left out, and a column too thin for a label and
 * its value shows none, so nothing overlaps on small or extreme windows.
 */
public final class PanelColumn {
    /** Narrowest column, in body line heights, that holds a label beside its value (about 210 dp). */
    static final float MIN_WIDTH_LINES = 15f;
    /** The wide performance panel is this many of the column's widths: two columns of rows. */
    static final float PERFORMANCE_COLUMNS = 1.4f;
    /** Narrowest chart, in body line heights: below it the band shows the panel alone. */
    static final float MIN_CHART_LINES = 14f;
    /** The panels, in the order of {@link #drawnAreas()}. */
    public static final String[] PANEL_NAMES = {"warnings", "info", "formula", "papers", "budget", "performance",
        "chart"};
    private static final int WARNINGS = 0;
    private static final int INFO = 1;
    private static final int FORMULA = 2;
    private static final int PAPERS = 3;
    private static final int BUDGET = 4;
    private static final int PERFORMANCE = 5;
    private static final int CHART = 6;
    /** The formula's forms, longest first. */
    private static final FormulaForm[] FORMULA_FORMS = FormulaForm.values();

    private final InfoPanel info = new InfoPanel();
    private final FormulaPanel formula = new FormulaPanel();
    private final PapersPanel papers = new PapersPanel();
    private final WarningPanel warnings = new WarningPanel();
    private final BudgetBar budget = new BudgetBar();
    private final PerformancePanel performance = new PerformancePanel();
    private final ServingChart chart = new ServingChart();
    private final Rectangle[] drawn = new Rectangle[PANEL_NAMES.length];

    public PanelColumn() {
        for (int i = 0; i < drawn.length; i++) {
            drawn[i] = new Rectangle();
        }
    }

    /** Height of the serving band the layout should keep (the performance panel's wide form), physical pixels. */
    public float bandHeight(PanelContext context) {
        return performance.height(context.text, context.padding, PerformancePanel.Form.WIDE);
    }

    /** Draws the column in {@code area} and, where it is not empty, the serving band in {@code band}. */
    public void draw(PanelContext context, Rectangle area, Rectangle band, boolean narrow) {
        float gap = context.padding;
        float x = area.x;
        float width = area.width;
        float top = area.y + area.height;
        float bottom = area.y;
        for (Rectangle r : drawn) {
            r.set(0, 0, 0, 0);
        }
        papers.forgetDrawn();
        if (width < context.text.lineHeight(FontStyle.BODY) * MIN_WIDTH_LINES) {
            return;
        }
        // The budget always gets its room; it is drawn right under the last panel, not pinned to the
        // bottom with a gap above it.
        float budgetHeight = budget.height(context, width);
        boolean budgetFits = top - budgetHeight >= bottom;
        if (budgetFits) {
            bottom += budgetHeight + gap;
        }
        if (warnings.compose(context.host, narrow ? Detail.SIMPLE : Detail.FULL)) {
            float h = warnings.height(context, width);
            if (top - h >= bottom) {
                warnings.draw(context, x, top, width, h);
                drawn[WARNINGS].set(x, top - h, width, h);
                top -= h + gap;
            }
        }
        // Short phones get the rows that change as the scene runs rather than no info at all.
        InfoPanel.Form form = top - info.height(context, InfoPanel.Form.FULL) >= bottom ? InfoPanel.Form.FULL
                : InfoPanel.Form.COMPACT;
        float infoHeight = info.height(context, form);
        if (top - infoHeight >= bottom) {
            info.draw(context, x, top, width, form);
            drawn[INFO].set(x, top - infoHeight, width, infoHeight);
            top -= infoHeight + gap;
        }
        if (band.width > 0f && band.height > 0f) {
            drawBand(context, band, width);
        } else {
            top = stackPerformance(context, x, top, bottom, width);
        }
        if (!narrow) {
            // Where the whole formula does not fit, its counting, else its live paragraph, before the papers take the room.
            FormulaForm formulaForm = FormulaForm.WHOLE;
            float formulaHeight = formula.height(context, width, formulaForm);
            for (int shorter = 1; top - formulaHeight < bottom && shorter < FORMULA_FORMS.length; shorter++) {
                formulaForm = FORMULA_FORMS[shorter];
                formulaHeight = formula.height(context, width, formulaForm);
            }
            if (top - formulaHeight >= bottom) {
                formula.draw(context, x, top, width, formulaHeight, formulaForm);
                drawn[FORMULA].set(x, top - formulaHeight, width, formulaHeight);
                top -= formulaHeight + gap;
            }
            float papersHeight = papers.height(context, width);
            if (papersHeight > 0 && top - papersHeight >= bottom) {
                papers.draw(context, x, top, width, papersHeight);
                drawn[PAPERS].set(x, top - papersHeight, width, papersHeight);
                top -= papersHeight + gap;
            }
        }
        if (budgetFits) {
            budget.draw(context, x, top, width, budgetHeight);
            drawn[BUDGET].set(x, top - budgetHeight, width, budgetHeight);
        }
    }

    /** The performance panel in the column, whole or compact, where one fits; returns the next top. */
    private float stackPerformance(PanelContext context, float x, float top, float bottom, float width) {
        PerformancePanel.Form form = PerformancePanel.Form.FULL;
        float h = performance.height(context.text, context.padding, form);
        if (top - h < bottom) {
            form = PerformancePanel.Form.COMPACT;
            h = performance.height(context.text, context.padding, form);
        }
        if (top - h < bottom) {
            return top;
        }
        performance.draw(context, x, top, width, form);
        drawn[PERFORMANCE].set(x, top - h, width, h);
        return top - h - context.padding;
    }

    /** The serving band: the performance panel's wide form at its left, the chart in the rest where it has room. */
    private void drawBand(PanelContext context, Rectangle band, float columnWidth) {
        float top = band.y + band.height;
        float h = performance.height(context.text, context.padding, PerformancePanel.Form.WIDE);
        if (h > band.height) {
            return;
        }
        float panelWidth = Math.min(band.width, columnWidth * PERFORMANCE_COLUMNS);
        performance.draw(context, band.x, top, panelWidth, PerformancePanel.Form.WIDE);
        drawn[PERFORMANCE].set(band.x, top - h, panelWidth, h);
        float chartX = band.x + panelWidth + context.padding;
        float chartWidth = band.x + band.width - chartX;
        if (chartWidth >= context.text.lineHeight(FontStyle.BODY) * MIN_CHART_LINES) {
            chart.draw(context, chartX, top, chartWidth, h);
            drawn[CHART].set(chartX, top - h, chartWidth, h);
        }
    }

    /** The chart's data (its curve as drawn), for tests. */
    SweepCurve chartCurve() {
        return chart.curve();
    }

    /** Where the budget bar was drawn this frame (empty when it did not fit). */
    public Rectangle budgetArea() {
        return drawn[BUDGET];
    }

    /** Where each panel of {@link #PANEL_NAMES} was drawn this frame (empty when left out). */
    public Rectangle[] drawnAreas() {
        return drawn;
    }

    public BudgetBar budget() {
        return budget;
    }

    /** The paper references: their data, where they were drawn this frame, and the focused one. */
    public PapersPanel papers() {
        return papers;
    }
}
