package dev.kvcache.desktop.bench;

import dev.kvcache.render.Layer;
import dev.kvcache.render.LayerProbe;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.Map;
import org.lwjgl.opengl.GL15;

/**
 * Counts the pixels each layer fills with an OpenGL occlusion query round it (every fragment
 * drawn, blended or not), summed over the frames it watched. In software GL (Mesa llvmpipe,
 * the browser's SwiftShader) a frame's cost grows with these counts, not with draw calls.
 */
final class FillProbe implements LayerProbe {
    private final int[] queries = new int[Layer.values().length];
    private final long[] fragments = new long[Layer.values().length];
    private int frames;

    FillProbe() {
        for (int i = 0; i < queries.length; i++) {
            queries[i] = GL15.glGenQueries();
        }
    }

    @Override
    public void before(Layer layer) {
        GL15.glBeginQuery(GL15.GL_SAMPLES_PASSED, queries[layer.ordinal()]);
    }

    @Override
    public void after(Layer layer) {
        GL15.glEndQuery(GL15.GL_SAMPLES_PASSED);
        // Read at once: the probe runs only in its own profiling pass, where a stall does not matter.
        fragments[layer.ordinal()] += GL15.glGetQueryObjecti(queries[layer.ordinal()], GL15.GL_QUERY_RESULT);
    }

    /** Forgets what was counted so far: the warm-up frames. */
    void reset() {
        Arrays.fill(fragments, 0L);
        frames = 0;
    }

    /** Ends one watched frame. */
    void frameEnded() {
        frames++;
    }

    /** Mean pixels filled per frame by each layer, in screens of {@code screenPixels}. */
    Map<Layer, Double> screensPerFrame(long screenPixels) {
        Map<Layer, Double> screens = new EnumMap<>(Layer.class);
        for (Layer layer : Layer.values()) {
            screens.put(layer, frames == 0 ? 0.0 : fragments[layer.ordinal()] / (double) frames / screenPixels);
        }
        return screens;
    }
}
