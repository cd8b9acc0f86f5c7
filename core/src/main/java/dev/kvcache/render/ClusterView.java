package dev.kvcache.render;

import com.badlogic.gdx.graphics.Color;
import com.badlogic.gdx.math.Rectangle;
import dev.kvcache.host.HostView;
import dev.kvcache.host.Motion;
import dev.kvcache.memory.ClusterLayout;
import dev.kvcache.timing.ClusterTraffic;
import dev.kvcache.timing.LinkKind;

/**
 * The cluster scene: every GPU a small die in its node (or one tile per node, or per several, when
 * they are too many), filled from the bottom with its own weights, KV cache and workspace against
 * its memory, as the engine's per-stage figures give them ({@link ClusterModel}); each node's
 * scale-up link a bar along its foot and the scale-out network a bar under each row, each lit over
 * the share of its bandwidth the step's traffic uses (bytes per step over bandwidth x step time)
 * with dashes running at that pace; the caption names the busiest link. Fills go through the
 * {@link FlatPainter}; nothing allocates per frame and the sentences change only with the cluster.
 */
public final class ClusterView {
    private static final Color FRAME = Palette.MODULE_BODY;
    private static final Color FRAME_EDGE = Palette.MODULE_EDGE;
    private static final Color KV = SequenceColours.of(0);
    private static final Color LINK_IDLE = Palette.BANK_FREE;
    private static final Color LINK_BUSY = Palette.ACCENT;
    private static final Color OVER = Palette.GHOST;
    /** Dashes run this many bar widths a second at full utilization. */
    private static final float DASH_PACE = 0.5f;
    /** Space between the caption's lines, in line heights. */
    private static final float LINE_GAP = 0.35f;

    private final ClusterModel model = new ClusterModel();
    private final ClusterGeometry geometry = new ClusterGeometry();
    private final ClusterCaption caption = new ClusterCaption();
    private final Rectangle laidOutIn = new Rectangle();
    private final Rectangle grid = new Rectangle();
    private ClusterLayout laidOutFor;
    private Detail laidOutDetail;
    private float captionHeight;
    private float phase;

    /** Follows the host; {@code seconds} of ambient time move the dashes (none when paused or reduced). */
    public void update(HostView host, float seconds, Motion motion) {
        ClusterLayout before = model.isReady() ? model.layout() : null;
        int grownBefore = model.gpusGrownTo();
        model.update(host);
        if (model.layout() != before || model.gpusGrownTo() != grownBefore) {
            caption.write(model);
            laidOutFor = null; // the caption may take another line: lay the tiles out under it again
        }
        if (motion == Motion.FULL) {
            phase = (phase + seconds * DASH_PACE) % 1f;
        }
    }

    /** GPUs in the cluster (every replica's, and a preset's idle ones): what the scene choice follows. */
    public int gpus() {
        return model.isReady() ? model.layout().gpus : 1;
    }

    public ClusterModel model() {
        return model;
    }

    public void draw(FlatPainter painter, TextPainter text, Rectangle area, Detail detail) {
        if (!model.isReady()) {
            return;
        }
        layout(text, area, detail);
        ClusterTraffic traffic = model.traffic();
        ClusterLayout c = model.layout();
        double upUse = use(traffic, c, true);
        double outUse = use(traffic, c, false);
        float frame = Math.max(1f, geometry.tileSize * 0.04f);
        for (int n = 0; n < geometry.nodes; n++) {
            float x = geometry.nodeX[n];
            float y = geometry.nodeY[n];
            painter.rect(x, y, geometry.nodeWidth, geometry.nodeHeight, FRAME);
            painter.frame(x, y, geometry.nodeWidth, geometry.nodeHeight, frame, FRAME_EDGE);
            if (c.gpusPerNode > 1) {
                bar(painter, x + frame * 3, y + frame * 3, geometry.nodeWidth - frame * 6, geometry.barHeight, upUse);
            }
        }
        // One node has no network between nodes to draw.
        int rows = c.nodes > 1 ? geometry.rows : 0;
        for (int r = 0; r < rows; r++) {
            bar(painter, geometry.rowX[r], geometry.rowY[r], geometry.rowWidth[r], Math.max(1f, geometry.barHeight),
                    outUse);
        }
        float s = geometry.tileSize;
        for (int e = 0; e < geometry.empty; e++) {
            painter.frame(geometry.emptyX[e], geometry.emptyY[e], s, s, frame, FRAME_EDGE);
        }
        double capacity = model.capacityBytes();
        for (int t = 0; t < model.tiles(); t++) {
            float x = geometry.tileX[t];
            float y = geometry.tileY[t];
            long used = model.weightBytes(t) + model.kvBytes(t) + model.fixedBytes(t);
            // The edge as one quad under the body (not four strips): five quads a tile at most.
            painter.rect(x, y, s, s, used > capacity ? OVER : Palette.DIE_EDGE);
            float inner = s - 2 * frame;
            float bottom = y + frame;
            float wH = height(model.weightBytes(t), capacity, inner, 0);
            float kvH = height(model.kvBytes(t), capacity, inner, wH);
            float fixedH = height(model.fixedBytes(t), capacity, inner, wH + kvH);
            fill(painter, x + frame, bottom, inner, wH, Palette.WEIGHTS);
            fill(painter, x + frame, bottom + wH, inner, kvH, KV);
            fill(painter, x + frame, bottom + wH + kvH, inner, fixedH, Palette.WORKSPACE);
            // The empty body only above the fills (all opaque): software GL pays for every pixel drawn twice.
            float filled = wH + kvH + fixedH;
            fill(painter, x + frame, bottom + filled, inner, inner - filled,
                    model.isBusy(t) ? Palette.DIE_DARK : Palette.SEAM);
        }
        drawCaption(painter, text, area, detail);
    }

    /** Lays the tiles out again only when the area, the detail or the cluster changed. */
    private void layout(TextPainter text, Rectangle area, Detail detail) {
        if (laidOutFor == model.layout() && laidOutIn.equals(area) && laidOutDetail == detail) {
            return;
        }
        laidOutFor = model.layout();
        laidOutIn.set(area);
        laidOutDetail = detail;
        float width = area.width * 0.94f;
        float line = text.lineHeight(FontStyle.SMALL);
        captionHeight = text.wrappedHeight(caption.cluster, FontStyle.SMALL, width)
                + text.wrappedHeight(caption.busiest, FontStyle.SMALL, width) + 2 * line * LINE_GAP
                + (detail == Detail.FULL ? line + text.wrappedHeight(caption.tile, FontStyle.SMALL, width) : 0f) + line;
        float margin = Math.min(area.width, area.height) * 0.04f;
        grid.set(area.x + margin, area.y + captionHeight, area.width - 2 * margin,
                Math.max(1f, area.height - captionHeight - margin));
        if (model.gpusPerTile() == 1) {
            geometry.layoutGpus(grid, model.layout().gpus, model.layout().gpusPerNode);
        } else {
            geometry.layoutTiles(grid, model.tiles());
        }
    }

    private void drawCaption(FlatPainter painter, TextPainter text, Rectangle area, Detail detail) {
        float width = area.width * 0.94f;
        float x = area.x + area.width * 0.03f;
        float top = area.y + captionHeight - text.lineHeight(FontStyle.SMALL) * 0.5f;
        float gap = text.lineHeight(FontStyle.SMALL) * LINE_GAP;
        top -= text.drawWrappedCentred(caption.cluster, FontStyle.SMALL, Palette.TEXT, x, top, width) + gap;
        top -= text.drawWrappedCentred(caption.busiest, FontStyle.SMALL, Palette.TEXT, x, top, width) + gap;
        if (detail == Detail.FULL) {
            legend(painter, text, area.x + area.width / 2f, top, width);
        }
    }

    /** Colour keys for the fill and the links, then what a tile stands for. */
    private void legend(FlatPainter painter, TextPainter text, float centre, float top, float room) {
        float line = text.lineHeight(FontStyle.SMALL);
        float box = line * 0.6f;
        float gap = line * 0.5f;
        float total = 4 * (box + gap * 0.5f) + 3 * gap + text.width(ClusterLegend.WEIGHTS, FontStyle.SMALL)
                + text.width(ClusterLegend.KV, FontStyle.SMALL) + text.width(ClusterLegend.WORKSPACE, FontStyle.SMALL)
                + text.width(ClusterLegend.LINK, FontStyle.SMALL);
        float line2 = top - line * (1 + LINE_GAP);
        // Wrapped: at 900x600 the whole sentence is wider than the scene and ran under the controls.
        text.drawWrappedCentred(caption.tile, FontStyle.SMALL, Palette.TEXT_DIM, centre - room / 2f, line2, room);
        if (total > room) {
            // Too narrow for the keys on one line: the tile's meaning stays, the colours are the die view's.
            return;
        }
        float x = centre - total / 2f;
        x = key(painter, text, x, top, box, gap, Palette.WEIGHTS, ClusterLegend.WEIGHTS);
        x = key(painter, text, x, top, box, gap, KV, ClusterLegend.KV);
        x = key(painter, text, x, top, box, gap, Palette.WORKSPACE, ClusterLegend.WORKSPACE);
        key(painter, text, x, top, box, gap, LINK_BUSY, ClusterLegend.LINK);
    }

    private static float key(FlatPainter painter, TextPainter text, float x, float top, float box, float gap,
            Color colour, String words) {
        float line = text.lineHeight(FontStyle.SMALL);
        painter.rect(x, top - (line + box) / 2f, box, box, colour);
        float after = x + box + gap * 0.5f;
        text.draw(words, FontStyle.SMALL, Palette.TEXT_DIM, after, top);
        return after + text.lastWidth() + gap;
    }

    /** A link: its whole length the bandwidth, lit over the share in use (red past 1), dashes running at that pace. */
    private void bar(FlatPainter painter, float x, float y, float width, float height, double use) {
        painter.rect(x, y, width, height, LINK_IDLE);
        if (use <= 0) {
            return;
        }
        float lit = (float) Math.min(1.0, use) * width;
        lit = Math.max(lit, Math.min(width, height));
        painter.rect(x, y, lit, height, use > 1 ? OVER : LINK_BUSY);
        float dash = Math.max(2f, height * 2f);
        float spacing = dash * 4f;
        float offset = (phase * (float) Math.min(1.0, use) * width) % spacing;
        for (float d = x + offset - spacing; d < x + lit; d += spacing) {
            float from = Math.max(x, d);
            float to = Math.min(x + lit, d + dash);
            if (to > from) {
                painter.rect(from, y, to - from, height, Palette.TEXT, 0.55f);
            }
        }
    }

    /** The utilization summed over the kinds riding scale-up links ({@code up}) or scale-out ones. */
    private static double use(ClusterTraffic traffic, ClusterLayout c, boolean up) {
        double sum = 0;
        for (LinkKind kind : LinkKind.VALUES) {
            if (traffic.isUsed(kind) && (traffic.link(kind) == c.grouping.scaleUp()) == up) {
                sum += traffic.utilization(kind);
            }
        }
        return sum;
    }

    /**
     * A tile's fill, unless it covers no pixel's centre (a 4 MiB workspace on an 80 GiB GPU): the
     * rasterizer would draw none of it, and in software GL a quad costs about a microsecond before
     * its pixels. The worst scene's tiles drew 1,200 such quads a frame.
     */
    private static void fill(FlatPainter painter, float x, float y, float width, float height, Color colour) {
        if (coversAPixelRow(y, height)) {
            painter.rect(x, y, width, height, colour);
        }
    }

    /** Whether the band from {@code y} up by {@code height} (window pixels) holds the centre of a row of pixels. */
    static boolean coversAPixelRow(float y, float height) {
        double firstCentre = Math.ceil(y - 0.5) + 0.5;
        return height > 0f && firstCentre < (double) y + height;
    }

    /** The height a tile's fill of {@code bytes} takes on its own (for tests: what the view draws). */
    float fillHeight(long bytes) {
        float frame = Math.max(1f, geometry.tileSize * 0.04f);
        return height(bytes, model.capacityBytes(), geometry.tileSize - 2 * frame, 0);
    }

    private static float height(long bytes, double capacity, float inner, float below) {
        float h = (float) (bytes / capacity) * inner;
        return Math.max(0f, Math.min(h, inner - below));
    }
}
