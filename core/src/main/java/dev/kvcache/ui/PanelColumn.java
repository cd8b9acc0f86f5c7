package dev.kvcache.ui;

import com.badlogic.gdx.math.Rectangle;
import dev.kvcache.render.Detail;
import dev.kvcache.render.FontStyle;

/**
 * Stacks the side panels top-down in their region: warnings first when there are any, then info,
 * formula and papers (below the formula), then the memory budget right under the last panel, whose
 * room is kept first so it always shows. The info panel drops to its compact form where the whole
 * one does not fit (short phones); any other panel that does not fit the remaining height is left out,
 * and a column too thin for a label and its value shows none, so nothing overlaps on small or extreme
 * windows.
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
                drawn[0].set(x, top - h, width, h);
                top -= h + gap;
            }
        }
        // Short phones get the rows that change as the scene runs rather than no info at all.
        InfoPanel.Form form = top - info.height(context, InfoPanel.Form.FULL) >= bottom ? InfoPanel.Form.FULL
                : InfoPanel.Form.COMPACT;
        float infoHeight = info.height(context, form);
        if (top - infoHeight >= bottom) {
            info.draw(context, x, top, width, form);
            drawn[1].set(x, top - infoHeight, width, infoHeight);
            top -= infoHeight + gap;
        }
        if (!narrow) {
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
                top -= papersHeight + gap;
            }
        }
        if (budgetFits) {
            budget.draw(context, x, top, width, budgetHeight);
            drawn[4].set(x, top - budgetHeight, width, budgetHeight);
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

    /** The paper references: their data, where they were drawn this frame, and the focused one. */
    public PapersPanel papers() {
        return papers;
    }
}
