package dev.kvcache.render;

/**
 * Draws the part registered for each {@link Layer}, bottom to top, opening the shared SpriteBatch
 * around the layers that use it and closing it before the stage draws with its own. A layer with
 * no part (nothing to show without a simulation) is skipped. Plain Java, so a test checks the order.
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

    /** Bottom to top, kept: {@code Layer.values()} copies its array at every call, and this runs every frame. */
    private static final Layer[] BOTTOM_TO_TOP = Layer.values();

    private final Part[] parts = new Part[BOTTOM_TO_TOP.length];
    private final BatchPass batch;
    private LayerProbe probe = LayerProbe.NONE;

    public LayerStack(BatchPass batch) {
        this.batch = batch;
    }

    /** Makes {@code part} what draws {@code layer}, replacing any part registered before. */
    public void register(Layer layer, Part part) {
        parts[layer.ordinal()] = part;
    }

    /** Lets {@code watcher} see each layer drawn on its own; {@link LayerProbe#NONE} stops watching. */
    public void watch(LayerProbe watcher) {
        probe = watcher;
    }

    /** Draws every registered layer, bottom to top, in one SpriteBatch pass followed by the stage. */
    public void draw() {
        boolean batchOpen = false;
        for (Layer layer : BOTTOM_TO_TOP) {
            Part part = parts[layer.ordinal()];
            if (part == null) {
                continue;
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
