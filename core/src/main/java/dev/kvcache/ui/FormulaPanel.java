package dev.kvcache.ui;

import dev.kvcache.catalog.DeviceUnit;
import dev.kvcache.memory.FormulaForm;
import dev.kvcache.memory.ScenarioFigures;
import dev.kvcache.render.FontStyle;
import dev.kvcache.render.Palette;
import dev.kvcache.sim.MemoryLayout;
import dev.kvcache.sim.PagingMode;
import dev.kvcache.sim.SimulationView;
import dev.kvcache.units.Quantities;

/**
 * The live formula: the memory engine's calculation for the current model, attention kind and
 * optimisations (recomputed only when settings change), then a paragraph with the KV cache as it
 * stands this tick and what a decode step of it reads and takes ({@link StepSentence}).
 */
public final class FormulaPanel {
    private static final FormulaForm[] FORMS = FormulaForm.values();
    private final StringBuilder live = new StringBuilder(320);
    private final StepSentence step = new StepSentence();
    private final OffloadSentence offload = new OffloadSentence();
    /**
     * Room kept for the live paragraph in each form: the most it has wrapped to since the scenario or the width
     * changed, so the panels under it do not jump as its numbers change length.
     */
    private final float[] liveHeights = new float[FORMS.length];
    private ScenarioFigures lastFigures;
    /** The formula in each {@link FormulaForm}, written when the figures change. */
    private final String[] formulas = new String[FORMS.length];
    /** The text each form's height was measured for, and at what width and line height. */
    private final String[] measured = new String[FORMS.length];
    private final float[] formulaHeights = new float[FORMS.length];
    private float measuredWidth;
    private float measuredLineHeight;
    /** The form {@link #live} was last composed for (by {@link #height}, which the column calls first). */
    private FormulaForm composedFor;

    public FormulaPanel() {
        java.util.Arrays.fill(formulas, "");
    }

    /** The panel's height with the formula in {@code form}. */
    public float height(PanelContext context, float width, FormulaForm form) {
        refresh(context);
        float inner = width - 2 * context.padding;
        float lineHeight = context.text.lineHeight(FontStyle.SMALL);
        if (inner != measuredWidth || lineHeight != measuredLineHeight) {
            measuredWidth = inner;
            measuredLineHeight = lineHeight;
            java.util.Arrays.fill(measured, null);
            java.util.Arrays.fill(liveHeights, 0f);
        }
        // The formula only changes with the settings: lay out its ~600 characters once, not every frame.
        int f = form.ordinal();
        if (formulas[f] != measured[f]) {
            measured[f] = formulas[f];
            formulaHeights[f] = form == FormulaForm.NOW ? 0f
                    : context.text.wrappedHeight(formulas[f], FontStyle.SMALL, inner) + context.padding * 0.6f;
        }
        composeLive(context, form);
        // The paragraph is laid out once a frame either way: measuring it here is the layout draw reuses.
        liveHeights[f] = Math.max(liveHeights[f], context.text.wrappedHeight(live, FontStyle.SMALL, inner));
        return PanelBox.titleHeight(context.text, context.padding) + formulaHeights[f] + liveHeights[f]
                + context.padding;
    }

    private void composeLive(PanelContext context, FormulaForm form) {
        composedFor = form;
        live.setLength(0);
        appendLiveLine(live, context.host.simulation(), context.host.device().unit());
        live.append(". ");
        step.append(live, context.host);
        offload.append(live, context.host, form);
    }

    private void refresh(PanelContext context) {
        ScenarioFigures figures = context.host.figures();
        if (figures != lastFigures) {
            lastFigures = figures;
            for (FormulaForm form : FORMS) {
                formulas[form.ordinal()] = figures.formula(form);
            }
            java.util.Arrays.fill(liveHeights, 0f);
        }
    }

    public void draw(PanelContext context, float x, float top, float width, float height, FormulaForm form) {
        refresh(context);
        String formula = formulas[form.ordinal()];
        // The column measures this form last before drawing it: compose again only if it did not.
        if (composedFor != form) {
            composeLive(context, form);
        }
        float y = PanelBox.draw(context.painter, context.text, "Memory formula", Palette.ACCENT, x, top, width,
                height, context.padding);
        float inner = width - 2 * context.padding;
        if (form != FormulaForm.NOW) {
            y -= context.text.drawWrapped(formula, FontStyle.SMALL, Palette.TEXT, x + context.padding, y, inner)
                    + context.padding * 0.6f;
        }
        context.text.drawWrapped(live, FontStyle.SMALL, Palette.ACCENT, x + context.padding, y, inner);
    }

    /** The KV cache as it stands this tick: devices, bytes, longest sequence, and pages or reservation. */
    static void appendLiveLine(StringBuilder live, SimulationView simulation, DeviceUnit unit) {
        MemoryLayout layout = simulation.memory().layout();
        int gpus = simulation.memory().gpuCount();
        Quantities.grouped(live.append("Now: "), gpus).append(' ').append(unit.noun(gpus))
                .append(gpus == 1 ? " holds " : " hold ");
        Quantities.bytes(live, simulation.memory().kvUsedBytes()).append(" of KV for ");
        Quantities.runningTokens(live, simulation.longestTokens()).append(" (longest)");
        if (simulation.settings().paging() == PagingMode.PAGED) {
            Quantities.bytes(live.append(", pages of "), layout.blockBytes()).append(" = 16 tokens");
        } else {
            // Without paging there are no pages: what shows is the reservation made up front.
            Quantities.bytes(live.append(", "), simulation.memory().kvReservedBytes()).append(" reserved");
        }
    }
}
