package dev.kvcache.render;

import com.badlogic.gdx.math.Rectangle;

/**
 * Draws the part registered for each {@link Layer}, bottom to top, opening the shared SpriteBatch
 * around the layers that use it and closing it before the stage draws with its own. A layer with
 * no part (nothing to show without a simulation) is skipped. A frame may repaint part of the window
 * only ({@link #drawWithin}): then the layers that do not reach it are skipped and the rest are
 * clipped to it. Plain Java, so a test checks the order.
 */
public final class LayerStack {
    /** Draws one layer. */
    public interface Part {
        void draw();
    }

    /** Begins and ends the frame's shared SpriteBatch pass. */
    public interface BatchPass {
        void begin();

        void end();

        /** Draws what the pass has gathered so far (only while a {@link LayerProbe} watches). */
        void flush();
    }

    /** Where a layer paints, so a frame that repaints part of the window skips the layers outside it. */
    public interface Reach {
        Reach EVERYWHERE = area -> true;

        boolean paintsInto(Rectangle area);
    }

    /** Confines what the layers above the clears draw to part of the window (a scissor), then frees it. */
    public interface Clip {
        void begin(Rectangle area);

        void end();
    }

    /** Bottom to top, kept: {@code Layer.values()} copies its array at every call, and this runs every frame. */
    private static final Layer[] BOTTOM_TO_TOP = Layer.values();

    private final Part[] parts = new Part[BOTTOM_TO_TOP.length];
    private final Reach[] reaches = new Reach[BOTTOM_TO_TOP.length];
    private final BatchPass batch;
    private final Clip clip;
    private LayerProbe probe = LayerProbe.NONE;

    public LayerStack(BatchPass batch, Clip clip) {
        this.batch = batch;
        this.clip = clip;
    }

    /** Makes {@code part} what draws {@code layer}, anywhere in the window, replacing any part registered before. */
    public void register(Layer layer, Part part) {
        register(layer, part, Reach.EVERYWHERE);
    }

    /**
     * Makes {@code part} what draws {@code layer}, painting only where {@code reach} says. A clear
     * layer is drawn whatever its reach, and must itself keep to the area being repainted.
     */
    public void register(Layer layer, Part part, Reach reach) {
        parts[layer.ordinal()] = part;
        reaches[layer.ordinal()] = reach;
    }

    /** Lets {@code watcher} see each layer drawn on its own; {@link LayerProbe#NONE} stops watching. */
    public void watch(LayerProbe watcher) {
        probe = watcher;
    }

    /** Draws every registered layer, bottom to top, in one SpriteBatch pass followed by the stage. */
    public void draw() {
        drawLayers(null);
    }

    /**
     * Repaints {@code area} only: the clears, then the layers that reach it, clipped to it. What the
     * window shows outside it is the previous frame's.
     */
    public void drawWithin(Rectangle area) {
        drawLayers(area);
    }

    /** {@code within}: the part of the window to repaint, or null for all of it. */
    private void drawLayers(Rectangle within) {
        boolean batchOpen = false;
        boolean clipped = false;
        for (Layer layer : BOTTOM_TO_TOP) {
            Part part = parts[layer.ordinal()];
            if (part == null) {
                continue;
            }
            if (within != null && layer.pass() != Layer.Pass.CLEAR) {
                if (!reaches[layer.ordinal()].paintsInto(within)) {
                    continue;
                }
                if (!clipped) {
                    // Before the batch opens: nothing is held yet that the old scissor should cut.
                    clip.begin(within);
                    clipped = true;
                }
            }
            boolean wantsBatch = layer.pass() == Layer.Pass.SPRITE_BATCH;
            if (wantsBatch && !batchOpen) {
                batch.begin();
                batchOpen = true;
            } else if (!wantsBatch && batchOpen) {
                batch.end();
                batchOpen = false;
            }
            if (probe == LayerProbe.NONE) {
                part.draw();
            } else {
                drawWatched(layer, part, batchOpen);
            }
        }
        if (batchOpen) {
            batch.end();
        }
        if (clipped) {
            clip.end();
        }
    }

    private void drawWatched(Layer layer, Part part, boolean batchOpen) {
        if (batchOpen) {
            batch.flush();
        }
        probe.before(layer);
        part.draw();
        if (batchOpen) {
            batch.flush();
        }
        probe.after(layer);
    }
}
