package dev.kvcache.ui;

import com.badlogic.gdx.utils.Array;
import dev.kvcache.catalog.AttentionKind;
import dev.kvcache.render.FontStyle;
import dev.kvcache.render.Palette;
import dev.kvcache.sim.BatchingMode;
import dev.kvcache.sim.FlashMode;
import dev.kvcache.sim.PagingMode;
import dev.kvcache.sim.SimSettings;

/** Paper references for what is on screen: the optimisations switched on and the model's attention kind. */
public final class PapersPanel {
    static final String ORCA = "Continuous batching: Orca (OSDI'22)";
    static final String VLLM = "PagedAttention: vLLM (SOSP'23, arXiv 2309.06180)";
    static final String FLASH = "FlashAttention (NeurIPS'22, arXiv 2205.14135)";
    static final String FLASH2 = "FlashAttention-2 (arXiv 2307.08691)";
    static final String GQA = "Grouped-query attention: GQA (arXiv 2305.13245)";
    static final String MQA = "Multi-query attention: MQA (arXiv 1911.02150)";
    static final String MLA = "Multi-head latent attention: DeepSeek-V2 (arXiv 2405.04434)";

    private final Array<String> papers = new Array<>(false, 8);

    /** The papers for the current settings and model, in a fixed order. */
    public Array<String> papersFor(SimSettings settings, AttentionKind kind) {
        papers.clear();
        if (settings.batching() == BatchingMode.CONTINUOUS) {
            papers.add(ORCA);
        }
        if (settings.paging() == PagingMode.PAGED) {
            papers.add(VLLM);
        }
        if (settings.flash() == FlashMode.FLASH) {
            papers.add(FLASH);
            papers.add(FLASH2);
        }
        if (kind == AttentionKind.GQA) {
            papers.add(GQA);
        } else if (kind == AttentionKind.MQA) {
            papers.add(MQA);
        } else if (kind == AttentionKind.MLA) {
            papers.add(MLA);
        }
        return papers;
    }

    public float height(PanelContext context, float width) {
        Array<String> list = papersFor(context.host.simulation().settings(), context.host.model().attention().attentionKind());
        if (list.size == 0) {
            return 0f;
        }
        float inner = width - 2 * context.padding;
        float gap = gap(context);
        float lines = 0f;
        for (int i = 0; i < list.size; i++) {
            lines += context.text.wrappedHeight(list.get(i), FontStyle.SMALL, inner) + gap;
        }
        return PanelBox.titleHeight(context.text, context.padding) + lines + context.padding;
    }

    /**
     * Space below a reference's last line: a wrapped text's measured height ends at the cap height of
     * its last line, and references sit 1.25 lines apart.
     */
    private static float gap(PanelContext context) {
        return context.text.lineHeight(FontStyle.SMALL) * 1.25f - context.text.wrappedHeight("M", FontStyle.SMALL, 1e6f);
    }

    public void draw(PanelContext context, float x, float top, float width, float height) {
        if (papers.size == 0) {
            return;
        }
        float y = PanelBox.draw(context.painter, context.text, "Paper references", Palette.ACCENT, x, top, width,
                height, context.padding);
        float inner = width - 2 * context.padding;
        float gap = gap(context);
        // A reference wider than the column (MLA's is, at 1600 px) wraps inside the box, not past it.
        for (int i = 0; i < papers.size; i++) {
            y -= context.text.drawWrapped(papers.get(i), FontStyle.SMALL, Palette.TEXT, x + context.padding, y, inner)
                    + gap;
        }
    }
}
