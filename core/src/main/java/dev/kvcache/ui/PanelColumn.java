package dev.kvcache.ui;

import com.badlogic.gdx.math.Rectangle;
import dev.kvcache.render.FontStyle;

/**
 * Stacks the side panels top-down in their region: warnings first when there are any, then info,
 * formula and papers (below the formula), with the memory budget at the bottom. A panel that does
 * not fit the remaining height is left out, and a column too thin for a label and its value shows
 * none, so nothing overlaps on small or extreme windows.
 */
public final class PanelColumn {
    /** Narrowest column, in body line heights, that holds a label beside its value (about 210 dp). */
    static final float MIN_WIDTH_LINES = 15f;
    /** The panels, in the order of {@link #drawnAreas()}. */
    public static final String[] PANEL_NAMES = {"warnings", "info", "formula", "papers", "budget"};

    private final InfoPanel info = new InfoPanel();
    private final FormulaPanel formula = new FormulaPanel();
    private final PapersPanel papers = new PapersPanel();
    private final WarningPanel warnings = new WarningPanel();
    private final BudgetBar budget = new BudgetBar();
    private final Rectangle[] drawn = new Rectangle[PANEL_NAMES.length];

    public PanelColumn() {
        for (int i = 0; i < drawn.length; i++) {
            drawn[i] = new Rectangle();
        }
    }

    public void draw(PanelContext context, Rectangle area, boolean narrow) {
        float gap = context.padding;
        float x = area.x;
        float width = area.width;
        float top = area.y + area.height;
        float bottom = area.y;
        for (Rectangle r : drawn) {
            r.set(0, 0, 0, 0);
        }
        if (width < context.text.lineHeight(FontStyle.BODY) * MIN_WIDTH_LINES) {
            return;
        }
        float budgetHeight = budget.height(context, width);
        if (top - budgetHeight >= bottom) {
            budget.draw(context, x, bottom + budgetHeight, width, budgetHeight);
            drawn[4].set(x, bottom, width, budgetHeight);
            bottom += budgetHeight + gap;
        }
        if (warnings.compose(context)) {
            float h = warnings.height(context, width);
            if (top - h >= bottom) {
                warnings.draw(context, x, top, width, h);
                drawn[0].set(x, top - h, width, h);
                top -= h + gap;
            }
        }
        float infoHeight = info.height(context);
        if (top - infoHeight >= bottom) {
            info.draw(context, x, top, width);
            drawn[1].set(x, top - infoHeight, width, infoHeight);
            top -= infoHeight + gap;
        }
        if (narrow) {
            return;
        }
        float formulaHeight = formula.height(context, width);
        if (top - formulaHeight >= bottom) {
            formula.draw(context, x, top, width, formulaHeight);
            drawn[2].set(x, top - formulaHeight, width, formulaHeight);
            top -= formulaHeight + gap;
        }
        float papersHeight = papers.height(context, width);
        if (papersHeight > 0 && top - papersHeight >= bottom) {
            papers.draw(context, x, top, width, papersHeight);
            drawn[3].set(x, top - papersHeight, width, papersHeight);
        }
    }

    /** Where the budget bar was drawn this frame (empty when it did not fit). */
    public Rectangle budgetArea() {
        return drawn[4];
    }

    /** Where each panel of {@link #PANEL_NAMES} was drawn this frame (empty when left out). */
    public Rectangle[] drawnAreas() {
        return drawn;
    }

    public BudgetBar budget() {
        return budget;
    }
}
