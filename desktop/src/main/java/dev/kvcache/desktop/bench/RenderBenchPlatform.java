package dev.kvcache.desktop.bench;

import com.badlogic.gdx.Gdx;
import com.badlogic.gdx.graphics.profiling.GLProfiler;
import dev.kvcache.app.KvCacheApp;
import dev.kvcache.app.Platform;
import dev.kvcache.host.Idling;
import dev.kvcache.host.SettingsPersistence;
import java.lang.management.ManagementFactory;
import java.util.EnumMap;
import java.util.Map;

/**
 * Drives bench-render from inside the frame loop: for each phase it applies the scenario (between
 * frames, a tick boundary), lets it warm up, then records frame time, GL draw calls, texture binds
 * and the render thread's allocated bytes, and finally closes the window.
 */
final class RenderBenchPlatform implements Platform {
    /** The phases in order, kept: {@code values()} copies its array at every call, and this runs every frame. */
    private static final RenderBenchPhase[] PHASES = RenderBenchPhase.values();
    private final int warmupFrames;
    private final int measuredFrames;
    private final Map<RenderBenchPhase, FrameSamples> results = new EnumMap<>(RenderBenchPhase.class);
    private final FillCount fillCount;
    private final Map<RenderBenchPhase, FillProbe> fills = new EnumMap<>(RenderBenchPhase.class);
    private final com.sun.management.ThreadMXBean threads =
            (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
    private GLProfiler profiler;
    private int phaseIndex = -1;
    private int frameInPhase;
    private long lastFrameNanos;
    /** The render thread's allocated bytes at the last frame's end. */
    private long allocatedBefore;
    private String failure;
    private String glRenderer = "unknown";

    /** Whether each layer's pixels are counted (which flushes the batch round every layer). */
    enum FillCount {
        OFF, BY_LAYER
    }

    RenderBenchPlatform(int warmupFrames, int measuredFrames, FillCount fillCount) {
        this.warmupFrames = warmupFrames;
        this.fillCount = fillCount;
        this.measuredFrames = measuredFrames;
    }

    @Override
    public SettingsPersistence settingsPersistence() {
        return SettingsPersistence.NONE;
    }

    /** The benchmark counts frames: it draws every one, whatever the scene does. */
    @Override
    public Idling idling() {
        return Idling.NEVER;
    }

    /** The benchmark measures the reference layout: one physical pixel per dp. */
    @Override
    public float density() {
        return 1f;
    }

    @Override
    public void frameDrawn(KvCacheApp app) {
        long now = System.nanoTime();
        if (profiler == null) {
            glRenderer = Gdx.gl.glGetString(com.badlogic.gdx.graphics.GL20.GL_RENDERER);
            profiler = new GLProfiler(Gdx.graphics);
            profiler.enable();
        }
        if (app.host() == null) {
            failure = "the catalogs did not load";
            Gdx.app.exit();
            return;
        }
        if (phaseIndex < 0 || frameInPhase == warmupFrames + measuredFrames) {
            startNextPhase(app);
        } else {
            recordFrame(now);
        }
        lastFrameNanos = now;
        profiler.reset();
    }

    private void startNextPhase(KvCacheApp app) {
        phaseIndex++;
        if (phaseIndex == PHASES.length) {
            Gdx.app.exit();
            return;
        }
        RenderBenchPhase phase = PHASES[phaseIndex];
        app.host().apply(phase.settings());
        app.host().play();
        results.put(phase, new FrameSamples(measuredFrames));
        if (fillCount == FillCount.BY_LAYER) {
            FillProbe probe = new FillProbe(profiler);
            fills.put(phase, probe);
            app.watchLayers(probe);
        }
        frameInPhase = 0;
        // From here: with no warm-up the first frame measured must not count this switch of scenario.
        allocatedBefore = threads.getCurrentThreadAllocatedBytes();
    }

    private void recordFrame(long now) {
        frameInPhase++;
        RenderBenchPhase phase = PHASES[phaseIndex];
        FillProbe fill = fills.get(phase);
        long allocated = threads.getCurrentThreadAllocatedBytes();
        if (frameInPhase == warmupFrames && fill != null) {
            fill.reset();
        }
        if (frameInPhase > warmupFrames) {
            if (fill != null) {
                fill.frameEnded();
            }
            FrameSamples samples = results.get(phase);
            samples.add(now - lastFrameNanos, profiler.getDrawCalls(), profiler.getTextureBindings(),
                    (int) profiler.getVertexCount().total, allocated - allocatedBefore);
        }
        allocatedBefore = allocated;
    }

    /** Each phase's fill counts; empty unless counted. */
    Map<RenderBenchPhase, FillProbe> fills() {
        return fills;
    }

    Map<RenderBenchPhase, FrameSamples> results() {
        return results;
    }

    String glRenderer() {
        return glRenderer;
    }

    String failure() {
        return failure;
    }
}
