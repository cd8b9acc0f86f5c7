package dev.kvcache.ui;

import com.badlogic.gdx.math.Rectangle;

/**
 * Stacks the side panels top-down in their region: warnings first when there are any, then info,
 * formula and papers (below the formula), then the memory budget, whose room is kept first so it
 * always shows. A panel that does not fit the remaining height is left out, so nothing overlaps on
 * small windows.
 */
public final class PanelColumn {
    private final InfoPanel info = new InfoPanel();
    private final FormulaPanel formula = new FormulaPanel();
    private final PapersPanel papers = new PapersPanel();
    private final WarningPanel warnings = new WarningPanel();
    private final BudgetBar budget = new BudgetBar();
    private final Rectangle budgetArea = new Rectangle();

    public void draw(PanelContext context, Rectangle area, boolean narrow) {
        float gap = context.padding;
        float x = area.x;
        float width = area.width;
        float top = area.y + area.height;
        float bottom = area.y;
        float budgetHeight = budget.height(context);
        budgetArea.set(0, 0, 0, 0);
        papers.forgetDrawn();
        // The budget always gets its room; it is drawn right under the last panel, not pinned to the
        // bottom with a gap above it.
        boolean budgetFits = top - budgetHeight >= bottom;
        if (budgetFits) {
            bottom += budgetHeight + gap;
        }
        if (warnings.compose(context.host)) {
            float h = warnings.height(context, width);
            if (top - h >= bottom) {
                warnings.draw(context, x, top, width, h);
                top -= h + gap;
            }
        }
        float infoHeight = info.height(context);
        if (top - infoHeight >= bottom) {
            info.draw(context, x, top, width);
            top -= infoHeight + gap;
        }
        if (!narrow) {
            float formulaHeight = formula.height(context, width);
            if (top - formulaHeight >= bottom) {
                formula.draw(context, x, top, width, formulaHeight);
                top -= formulaHeight + gap;
            }
            float papersHeight = papers.height(context, width);
            if (papersHeight > 0 && top - papersHeight >= bottom) {
                papers.draw(context, x, top, width, papersHeight);
                top -= papersHeight + gap;
            }
        }
        if (budgetFits) {
            budget.draw(context, x, top, width, budgetHeight);
            budgetArea.set(x, top - budgetHeight, width, budgetHeight);
        }
    }

    /** Where the budget bar was drawn this frame (empty when it did not fit). */
    public Rectangle budgetArea() {
        return budgetArea;
    }

    public BudgetBar budget() {
        return budget;
    }

    /** The paper references: their data, where they were drawn this frame, and the focused one. */
    public PapersPanel papers() {
        return papers;
    }
}
