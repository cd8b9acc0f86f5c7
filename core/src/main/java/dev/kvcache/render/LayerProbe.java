package dev.kvcache.render;

/**
 * Watches the layers being drawn, one at a time: a profiler (bench-render's fill count) measures
 * what each layer costs. The stack flushes its batch round each layer while a probe watches, so a
 * layer's pixels are drawn between its two calls.
 */
public interface LayerProbe {
    /** No probe: the stack draws every layer in one batch, with no flush between them. */
    LayerProbe NONE = new LayerProbe() {
        @Override
        public void before(Layer layer) {
        }

        @Override
        public void after(Layer layer) {
        }
    };

    void before(Layer layer);

    void after(Layer layer);
}
