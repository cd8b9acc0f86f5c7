package dev.kvcache.render;

import com.badlogic.gdx.math.Rectangle;
import com.badlogic.gdx.utils.Array;

/**
 * Where the die and the memory modules sit for a window size: sizes are those of the 1600x1000
 * reference window, scaled uniformly to fit the scene area. Modules flank the die left and right
 * (HBM stacks beside the interposer); more than eight also take the top and bottom edges. With KV
 * offload on, a host-memory strip sits under the die, joined to it by its link: in the room the side
 * columns leave there, or below the bottom row when one takes it.
 */
public final class SceneLayout {
    public static final float REFERENCE_WIDTH = 1600f;
    public static final float REFERENCE_HEIGHT = 1000f;
    /** Die edge at the reference scale (px). */
    public static final float DIE_SIZE = 280f;
    /** Gap between die and modules, and between modules, at the reference scale (px). */
    public static final float GAP = 14f;
    public static final float MODULE_WIDTH = 132f;
    /** Side columns are this many times the die's height, so the banks have room. */
    public static final float COLUMN_HEIGHT_FACTOR = 1.5f;
    /** The host strip's height and its link's length, at the reference scale (px): together they fit the 70 px under the die. */
    public static final float HOST_HEIGHT = 40f;
    public static final float HOST_LINK = 22f;

    private final Rectangle scene = new Rectangle();
    private final Rectangle die = new Rectangle();
    private final Array<Rectangle> modules = new Array<>();
    /** The host-memory strip (KV offload); empty when none is shown. */
    private final Rectangle hostStrip = new Rectangle();
    private float scale = 1f;
    private float captionHeight;

    /**
     * Lays out {@code moduleCount} modules around the die inside the given area, keeping
     * {@code captionPixels} free under the modules for the memory caption.
     * Degenerate sizes (0, negative, NaN) fall back to a 1x1 area so nothing becomes NaN.
     */
    public void update(float x, float y, float width, float height, int moduleCount, float captionPixels) {
        update(x, y, width, height, moduleCount, captionPixels, HostStrip.HIDDEN);
    }

    /** The same, with the host-memory strip under the die when {@code strip} shows it. */
    public void update(float x, float y, float width, float height, int moduleCount, float captionPixels,
            HostStrip strip) {
        float safeWidth = positiveOr(width, 1f);
        float areaHeight = positiveOr(height, 1f);
        float safeCaption = Math.min(positiveOr(captionPixels, 0f), areaHeight * 0.5f);
        captionHeight = safeCaption;
        float safeHeight = Math.max(1f, areaHeight - safeCaption);
        int count = Math.max(1, Math.min(moduleCount, 64));
        int sideCount = Math.min(count, 8);
        int perColumn = (sideCount + 1) / 2;
        int edgeCount = count - sideCount;
        int perRow = (edgeCount + 1) / 2;
        // The block (die + columns [+ rows]) in reference pixels, then one uniform scale to fit.
        float blockWidth = DIE_SIZE + 2 * (GAP + MODULE_WIDTH);
        float columnHeight = DIE_SIZE * COLUMN_HEIGHT_FACTOR;
        float columnModuleHeight = (columnHeight - (perColumn - 1) * GAP) / perColumn;
        float blockHeight = Math.max(columnHeight, DIE_SIZE + (edgeCount > 0 ? 2 * (GAP + MODULE_WIDTH * 0.6f) : 0f));
        if (strip == HostStrip.SHOWN && edgeCount > 0) {
            // Below the bottom row; as much again above keeps the die in the middle of the block.
            blockHeight += 2 * (HOST_LINK + HOST_HEIGHT);
        }
        float fit = Math.min(safeWidth / blockWidth, safeHeight / blockHeight);
        scale = Math.min(fit * 0.95f, Math.min(safeWidth / REFERENCE_WIDTH, safeHeight / REFERENCE_HEIGHT) * 1.8f);
        scale = Math.max(scale, 0.05f);
        float dieSize = DIE_SIZE * scale;
        float centreX = x + safeWidth / 2f;
        float gap = GAP * scale;
        // The block and the caption under it are centred together, the caption a gap below the block.
        float halfBlock = blockHeight * scale / 2f;
        float centreY = Math.min(y + areaHeight / 2f + (safeCaption + gap) / 2f, y + areaHeight - halfBlock);
        die.set(centreX - dieSize / 2f, centreY - dieSize / 2f, dieSize, dieSize);
        modules.clear();
        float moduleWidth = MODULE_WIDTH * scale;
        float moduleHeight = columnModuleHeight * scale;
        int left = perColumn;
        for (int i = 0; i < sideCount; i++) {
            boolean onLeft = i < left;
            int row = onLeft ? i : i - left;
            int rowsInColumn = onLeft ? left : sideCount - left;
            float stackHeight = rowsInColumn * moduleHeight + (rowsInColumn - 1) * gap;
            float top = centreY + stackHeight / 2f;
            float mx = onLeft ? die.x - gap - moduleWidth : die.x + dieSize + gap;
            float my = top - (row + 1) * moduleHeight - row * gap;
            modules.add(new Rectangle(mx, my, moduleWidth, moduleHeight));
        }
        float rowModuleWidth = perRow == 0 ? 0f : (dieSize - (perRow - 1) * gap) / perRow;
        float rowModuleHeight = MODULE_WIDTH * 0.6f * scale;
        for (int i = 0; i < edgeCount; i++) {
            boolean onTop = i < perRow;
            int column = onTop ? i : i - perRow;
            float mx = die.x + column * (rowModuleWidth + gap);
            float my = onTop ? die.y + dieSize + gap : die.y - gap - rowModuleHeight;
            modules.add(new Rectangle(mx, my, rowModuleWidth, rowModuleHeight));
        }
        hostStrip.set(0, 0, 0, 0);
        if (strip == HostStrip.SHOWN) {
            float lowest = die.y;
            for (int i = 0; i < modules.size; i++) {
                Rectangle m = modules.get(i);
                if (m.x < die.x + dieSize && m.x + m.width > die.x) {
                    lowest = Math.min(lowest, m.y);
                }
            }
            float stripHeight = HOST_HEIGHT * scale;
            hostStrip.set(die.x, lowest - HOST_LINK * scale - stripHeight, dieSize, stripHeight);
        }
        float captionTop = captionTop();
        scene.set(x, captionTop, safeWidth, Math.max(1f, y + areaHeight - captionTop));
    }

    private static float positiveOr(float value, float fallback) {
        return (value > 0f && !Float.isNaN(value) && !Float.isInfinite(value)) ? value : fallback;
    }

    /** Scene pixels per reference pixel. */
    public float scale() {
        return scale;
    }

    /** The area above the caption: the block and whatever sweeps behind it (the attention diagonal). */
    public Rectangle scene() {
        return scene;
    }

    /** The strip under the modules for the memory summary and legend. */
    public float captionTop() {
        float lowest = die.y;
        for (int i = 0; i < modules.size; i++) {
            lowest = Math.min(lowest, modules.get(i).y);
        }
        if (hostStrip.height > 0) {
            lowest = Math.min(lowest, hostStrip.y);
        }
        return lowest - GAP * scale;
    }

    /** Height kept for the caption under {@link #captionTop()}. */
    public float captionHeight() {
        return captionHeight;
    }

    /** The host-memory strip under the die (KV offload); zero-sized when none is shown. */
    public Rectangle hostStrip() {
        return hostStrip;
    }

    public Rectangle die() {
        return die;
    }

    /** Module rectangles, left column top to bottom, then right column, then top and bottom rows. */
    public Array<Rectangle> modules() {
        return modules;
    }
}
