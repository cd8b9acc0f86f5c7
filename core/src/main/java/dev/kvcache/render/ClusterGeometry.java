package dev.kvcache.render;

import com.badlogic.gdx.math.Rectangle;

/**
 * Where the cluster scene's tiles, node frames and link bars go in an area: each GPU a small die
 * inside its node's frame with the node's scale-up bar along the frame's foot and a scale-out bar
 * under each row of nodes; or, when the GPUs are too many, a grid of tiles (a node or several each)
 * with a scale-out bar under each row. Worked out when the area or the cluster changes, never per
 * frame; the arrays are made once.
 */
final class ClusterGeometry {
    final float[] tileX = new float[ClusterModel.MAX_TILES];
    final float[] tileY = new float[ClusterModel.MAX_TILES];
    /** Slots of the last node past the cluster's GPUs (one GPU a tile only): drawn empty. */
    final float[] emptyX = new float[ClusterModel.MAX_SLOTS];
    final float[] emptyY = new float[ClusterModel.MAX_SLOTS];
    int empty;
    float tileSize;
    /** Node frames (one-GPU tiles only): x, y, width, height; and their scale-up bars' height. */
    final float[] nodeX = new float[ClusterModel.MAX_GPU_TILES];
    final float[] nodeY = new float[ClusterModel.MAX_GPU_TILES];
    float nodeWidth;
    float nodeHeight;
    float barHeight;
    int nodes;
    /** Scale-out bars, one under each row: x, y, width. */
    final float[] rowX = new float[ClusterModel.MAX_TILES];
    final float[] rowY = new float[ClusterModel.MAX_TILES];
    final float[] rowWidth = new float[ClusterModel.MAX_TILES];
    int rows;

    /** A node's scale-up bar, in cells: its room along the node's foot; the bar is half as thick. */
    private static final float BAR = 0.35f;

    /** One GPU a tile: {@code gpus} GPUs in nodes of {@code perNode}, fitted into {@code area}. */
    void layoutGpus(Rectangle area, int gpus, int perNode) {
        nodes = (gpus + perNode - 1) / perNode;
        empty = 0;
        int innerCols = Math.min(perNode, Math.max(1, (int) Math.ceil(Math.sqrt(perNode * 2.0))));
        int innerRows = (perNode + innerCols - 1) / innerCols;
        // In units of one cell: a frame's margin, its bar, the gaps between nodes and under each row.
        float margin = 0.3f;
        // A system of one device (a CS-3, a Mac) has no scale-up link: no bar along its foot.
        float bar = perNode > 1 ? BAR : 0f;
        float gap = 0.8f;
        float rowGap = 1.0f;
        int cols = bestColumns(nodes, area, innerCols + margin, gap, innerRows + margin + bar + rowGap);
        float cell = Math.min(scale(cols, nodes, area, innerCols + margin, gap, innerRows + margin + bar + rowGap),
                Math.min(area.width, area.height) / 3f);
        rows = (nodes + cols - 1) / cols;
        nodeWidth = cell * (innerCols + margin);
        nodeHeight = cell * (innerRows + margin + bar);
        barHeight = cell * BAR * 0.5f;
        float totalW = cols * nodeWidth + (cols - 1) * gap * cell;
        float totalH = rows * nodeHeight + rows * rowGap * cell;
        float left = area.x + (area.width - totalW) / 2f;
        float top = area.y + (area.height + totalH) / 2f;
        tileSize = cell * 0.84f;
        for (int n = 0; n < nodes; n++) {
            int col = n % cols;
            int row = n / cols;
            nodeX[n] = left + col * (nodeWidth + gap * cell);
            nodeY[n] = top - (row + 1) * nodeHeight - row * rowGap * cell;
            for (int i = 0; i < perNode; i++) {
                int g = n * perNode + i;
                float cx = nodeX[n] + cell * margin / 2f + (i % innerCols) * cell + (cell - tileSize) / 2f;
                float cy = nodeY[n] + nodeHeight - cell * margin / 2f - (i / innerCols + 1) * cell + (cell - tileSize) / 2f;
                if (g < gpus) {
                    tileX[g] = cx;
                    tileY[g] = cy;
                } else {
                    emptyX[empty] = cx;
                    emptyY[empty] = cy;
                    empty++;
                }
            }
        }
        for (int r = 0; r < rows; r++) {
            int inRow = Math.min(cols, nodes - r * cols);
            rowX[r] = left;
            rowWidth[r] = inRow * nodeWidth + (inRow - 1) * gap * cell;
            rowY[r] = top - (r + 1) * nodeHeight - r * rowGap * cell - rowGap * cell * 0.5f;
        }
    }

    /** Aggregated tiles: {@code tiles} squares in a grid fitted into {@code area}, a scale-out bar under each row. */
    void layoutTiles(Rectangle area, int tiles) {
        nodes = 0;
        empty = 0;
        float rowGap = 0.35f;
        int cols = bestColumns(tiles, area, 1f, 0f, 1f + rowGap);
        float cell = Math.min(scale(cols, tiles, area, 1f, 0f, 1f + rowGap), Math.min(area.width, area.height) / 3f);
        rows = (tiles + cols - 1) / cols;
        tileSize = cell * 0.84f;
        barHeight = Math.max(1f, cell * rowGap * 0.35f);
        float totalW = cols * cell;
        float totalH = rows * cell * (1 + rowGap);
        float left = area.x + (area.width - totalW) / 2f;
        float top = area.y + (area.height + totalH) / 2f;
        for (int t = 0; t < tiles; t++) {
            int col = t % cols;
            int row = t / cols;
            tileX[t] = left + col * cell + (cell - tileSize) / 2f;
            tileY[t] = top - (row + 1) * cell * (1 + rowGap) + cell * rowGap + (cell - tileSize) / 2f;
        }
        for (int r = 0; r < rows; r++) {
            int inRow = Math.min(cols, tiles - r * cols);
            rowX[r] = left + (cell - tileSize) / 2f;
            rowWidth[r] = inRow * cell - (cell - tileSize);
            rowY[r] = top - (r + 1) * cell * (1 + rowGap) + cell * rowGap * 0.5f - barHeight / 2f;
        }
    }

    /**
     * The column count that draws {@code count} blocks largest in {@code area}, each block
     * {@code blockWidth} units wide with {@code gap} units between columns and {@code rowHeight}
     * units a row (gaps included).
     */
    private static int bestColumns(int count, Rectangle area, float blockWidth, float gap, float rowHeight) {
        float best = 0;
        int bestCols = 1;
        for (int cols = 1; cols <= count; cols++) {
            float s = scale(cols, count, area, blockWidth, gap, rowHeight);
            if (s > best) {
                best = s;
                bestCols = cols;
            }
        }
        return bestCols;
    }

    /** Pixels a unit when {@code count} blocks sit in {@code cols} columns (see {@link #bestColumns}). */
    private static float scale(int cols, int count, Rectangle area, float blockWidth, float gap, float rowHeight) {
        int rows = (count + cols - 1) / cols;
        return Math.min(area.width / (cols * blockWidth + (cols - 1) * gap), area.height / (rows * rowHeight));
    }
}
