package dev.kvcache.ui;

import com.badlogic.gdx.graphics.Color;
import com.badlogic.gdx.math.Rectangle;
import com.badlogic.gdx.utils.Array;
import dev.kvcache.catalog.AttentionKind;
import dev.kvcache.catalog.PaperReference;
import dev.kvcache.render.FontStyle;
import dev.kvcache.render.Palette;
import dev.kvcache.sim.BatchingMode;
import dev.kvcache.sim.FlashMode;
import dev.kvcache.sim.PagingMode;
import dev.kvcache.sim.PrefixWorkload;
import dev.kvcache.sim.SimSettings;
import java.util.List;

/**
 * Paper references for what is on screen: the optimisations switched on and the model's attention
 * kind. Which papers apply is decided here; their lines and addresses come from {@code papers.json}.
 * Each reference is a link: the panel remembers where it drew each one (for the click targets of
 * {@link PaperLinks}) and outlines the one the pointer is over or the keyboard focused.
 */
public final class PapersPanel {
    static final String ORCA = "orca";
    static final String VLLM = "vllm";
    static final String FLASH = "flash-attention";
    static final String FLASH2 = "flash-attention-2";
    static final String GQA = "gqa";
    static final String MQA = "mqa";
    static final String MLA = "mla";
    static final String RADIX = "radix-attention";
    /** KV offload's: Mooncake's KV cache spread over host memory and SSDs. */
    static final String MOONCAKE = "mooncake";
    /** Every id the panel may ask for: the shipped {@code papers.json} must define each. */
    public static final String[] IDS = {ORCA, VLLM, FLASH, FLASH2, RADIX, GQA, MQA, MLA, MOONCAKE};
    /** Most references shown at once: the four optimisations' five papers, one attention kind's and offload's. */
    public static final int MAX = 7;
    private static final Color LINK = Palette.rgb(0x9ccfff);

    private final Array<PaperReference> papers = new Array<>(false, MAX);
    private final Array<PaperReference> drawn = new Array<>(false, MAX);
    private final Rectangle[] areas = new Rectangle[MAX];
    private PaperReference orca;
    private PaperReference vllm;
    private PaperReference flash;
    private PaperReference flash2;
    private PaperReference gqa;
    private PaperReference mqa;
    private PaperReference mla;
    private PaperReference radix;
    private PaperReference mooncake;
    private PaperReference focused;
    private PaperReference hovered;

    public PapersPanel() {
        for (int i = 0; i < MAX; i++) {
            areas[i] = new Rectangle();
        }
    }

    /** Takes the references read from the data file; an id the file lacks is simply not shown. */
    public void use(List<PaperReference> references) {
        orca = PaperReference.find(references, ORCA);
        vllm = PaperReference.find(references, VLLM);
        flash = PaperReference.find(references, FLASH);
        flash2 = PaperReference.find(references, FLASH2);
        gqa = PaperReference.find(references, GQA);
        mqa = PaperReference.find(references, MQA);
        mla = PaperReference.find(references, MLA);
        radix = PaperReference.find(references, RADIX);
        mooncake = PaperReference.find(references, MOONCAKE);
    }

    /** The papers for the current settings and model, in a fixed order (reused: read it at once). */
    public Array<PaperReference> papersFor(SimSettings settings, AttentionKind kind) {
        papers.clear();
        if (settings.batching() == BatchingMode.CONTINUOUS) {
            add(orca);
        }
        if (settings.paging() == PagingMode.PAGED) {
            add(vllm);
        }
        if (settings.flash() == FlashMode.FLASH) {
            add(flash);
            add(flash2);
        }
        if (PrefixWorkload.runIn(settings) != PrefixWorkload.NONE) {
            add(radix);
        }
        if (kind == AttentionKind.GQA) {
            add(gqa);
        } else if (kind == AttentionKind.MQA) {
            add(mqa);
        } else if (kind == AttentionKind.MLA) {
            add(mla);
        }
        if (settings.offload().isOn()) {
            add(mooncake);
        }
        return papers;
    }

    private void add(PaperReference paper) {
        if (paper != null) {
            papers.add(paper);
        }
    }

    public float height(PanelContext context, float width) {
        Array<PaperReference> list = papersFor(context.host.simulation().settings(),
                context.host.model().attention().attentionKind());
        if (list.size == 0) {
            return 0f;
        }
        float inner = width - 2 * context.padding;
        float gap = gap(context);
        float lines = 0f;
        for (int i = 0; i < list.size; i++) {
            lines += context.text.wrappedHeight(list.get(i).text(), FontStyle.SMALL, inner) + gap;
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

    /** Forgets where references were drawn; the column calls it each frame before it lays panels out. */
    public void forgetDrawn() {
        drawn.clear();
    }

    public void draw(PanelContext context, float x, float top, float width, float height) {
        drawn.clear();
        if (papers.size == 0) {
            return;
        }
        float y = PanelBox.draw(context.painter, context.text, "Paper references", Palette.ACCENT, x, top, width,
                height, context.padding);
        float inner = width - 2 * context.padding;
        float gap = gap(context);
        float half = gap * 0.5f;
        // A reference wider than the column (MLA's is, at 1600 px) wraps inside the box, not past it.
        for (int i = 0; i < papers.size; i++) {
            PaperReference paper = papers.get(i);
            float used = context.text.wrappedHeight(paper.text(), FontStyle.SMALL, inner) + gap;
            // The link's area runs from half a gap above its first line to half a gap below its last.
            Rectangle area = areas[drawn.size].set(x + context.padding * 0.5f, y - used + half,
                    width - context.padding, used);
            if (paper == focused || paper == hovered) {
                context.painter.rect(area.x, area.y, area.width, area.height, LINK, 0.12f);
                context.painter.frame(area.x, area.y, area.width, area.height, 1f, LINK);
            }
            drawn.add(paper);
            context.text.drawWrapped(paper.text(), FontStyle.SMALL, LINK, x + context.padding, y, inner);
            y -= used;
        }
    }

    /** How many references were drawn this frame (0 when the panel did not fit). */
    public int drawnCount() {
        return drawn.size;
    }

    /** The {@code index}th reference drawn this frame. */
    public PaperReference drawnPaper(int index) {
        return drawn.get(index);
    }

    /** Where the {@code index}th reference was drawn this frame, in window pixels (y up). */
    public Rectangle drawnArea(int index) {
        return areas[index];
    }

    /** The reference the keyboard focused (null: none). */
    public PaperReference focused() {
        return focused;
    }

    public void focus(PaperReference paper) {
        focused = paper;
    }

    /** The reference under the pointer (null: none). */
    public void hover(PaperReference paper) {
        hovered = paper;
    }
}
