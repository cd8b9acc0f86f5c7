package dev.kvcache.desktop.bench;

import com.badlogic.gdx.graphics.profiling.GLProfiler;
import dev.kvcache.render.Layer;
import dev.kvcache.render.LayerProbe;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.Map;
import org.lwjgl.opengl.GL15;

/**
 * Counts the pixels each layer fills with an OpenGL occlusion query round it (every fragment
 * drawn, blended or not), and the quads it draws from the GL profiler, summed over the frames it watched. In software GL (Mesa llvmpipe,
 * the browser's SwiftShader) a frame's cost grows with these counts, not with draw calls.
 */
final class FillProbe implements LayerProbe {
    private final int[] queries = new int[Layer.values().length];
    private final long[] fragments = new long[Layer.values().length];
    private final long[] vertices = new long[Layer.values().length];
    private final GLProfiler profiler;
    private float verticesBefore;
    private int frames;

    FillProbe(GLProfiler profiler) {
        this.profiler = profiler;
        for (int i = 0; i < queries.length; i++) {
            queries[i] = GL15.glGenQueries();
        }
    }

    @Override
    public void before(Layer layer) {
        GL15.glBeginQuery(GL15.GL_SAMPLES_PASSED, queries[layer.ordinal()]);
        verticesBefore = profiler.getVertexCount().total;
    }

    @Override
    public void after(Layer layer) {
        GL15.glEndQuery(GL15.GL_SAMPLES_PASSED);
        vertices[layer.ordinal()] += (long) (profiler.getVertexCount().total - verticesBefore);
        // Read at once: the probe runs only in its own profiling pass, where a stall does not matter.
        fragments[layer.ordinal()] += GL15.glGetQueryObjecti(queries[layer.ordinal()], GL15.GL_QUERY_RESULT);
    }

    /** Forgets what was counted so far: the warm-up frames. */
    void reset() {
        Arrays.fill(fragments, 0L);
        Arrays.fill(vertices, 0L);
        frames = 0;
    }

    /** Ends one watched frame. */
    void frameEnded() {
        frames++;
    }

    /** Mean quads (six indices each) drawn per frame by each layer: software GL sets up each of their triangles. */
    Map<Layer, Double> quadsPerFrame() {
        Map<Layer, Double> quads = new EnumMap<>(Layer.class);
        for (Layer layer : Layer.values()) {
            quads.put(layer, frames == 0 ? 0.0 : vertices[layer.ordinal()] / 6.0 / frames);
        }
        return quads;
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
