package dev.kvcache.ui;

import com.badlogic.gdx.math.Rectangle;

/**
 * Stacks the side panels top-down in their region: warnings first when there are any, then info,
 * formula and papers (below the formula), with the memory budget at the bottom. A panel that does
 * not fit the remaining height is left out, so nothing overlaps on small windows.
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
        if (top - budgetHeight >= bottom) {
            budget.draw(context, x, bottom + budgetHeight, width, budgetHeight);
            budgetArea.set(x, bottom, width, budgetHeight);
            bottom += budgetHeight + gap;
        }
        if (warnings.compose(context)) {
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
        if (narrow) {
            return;
        }
        float formulaHeight = formula.height(context, width);
        if (top - formulaHeight >= bottom) {
            formula.draw(context, x, top, width, formulaHeight);
            top -= formulaHeight + gap;
        }
        float papersHeight = papers.height(context, width);
        if (papersHeight > 0 && top - papersHeight >= bottom) {
            papers.draw(context, x, top, width, papersHeight);
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
