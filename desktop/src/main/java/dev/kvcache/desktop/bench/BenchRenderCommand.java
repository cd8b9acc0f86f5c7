package dev.kvcache.desktop.bench;

import com.badlogic.gdx.backends.lwjgl3.Lwjgl3Application;
import com.badlogic.gdx.backends.lwjgl3.Lwjgl3ApplicationConfiguration;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.kvcache.app.KvCacheApp;
import dev.kvcache.desktop.cli.Subcommands.Subcommand;
import dev.kvcache.render.Layer;
import java.io.PrintStream;
import java.util.Map;

/**
 * {@code bench-render [--frames N] [--warmup N]}: draws the worst scenario (batch 32, 100M context,
 * 100x, every effect on) and a small one in a real 1600x1000 window with vsync off, and prints one
 * JSON object: frame-time percentiles, allocated bytes, draw calls, texture binds and vertices per frame.
 * {@code --fill} adds the pixels each layer fills per frame, in screens, and the quads it draws (its
 * flushes add draw calls).
 */
public final class BenchRenderCommand implements Subcommand {
    private static final int WIDTH = 1600;
    private static final int HEIGHT = 1000;

    @Override
    public int run(String[] args, PrintStream out, PrintStream err) {
        int frames = 600;
        // Steady state takes about half a minute to reach: the JIT compiles the frame's paths (until
        // then escape analysis has not removed their temporaries), text layouts grow to the longest
        // figure each shows, and the worst scene's GPU count, growing with its 100M-token sequences,
        // meets new layouts. 180 frames measured the approach to it: 16-30 bytes a frame.
        int warmup = 1_800;
        RenderBenchPlatform.FillCount fill = RenderBenchPlatform.FillCount.OFF;
        for (int i = 0; i < args.length; i++) {
            try {
                if ("--frames".equals(args[i]) && i + 1 < args.length) {
                    frames = Math.max(10, Math.min(100_000, Integer.parseInt(args[++i])));
                } else if ("--warmup".equals(args[i]) && i + 1 < args.length) {
                    warmup = Math.max(0, Math.min(100_000, Integer.parseInt(args[++i])));
                } else if ("--fill".equals(args[i])) {
                    fill = RenderBenchPlatform.FillCount.BY_LAYER;
                } else {
                    err.println("bench-render: unknown option '" + args[i] + "' (use --frames N, --warmup N, --fill)");
                    return 2;
                }
            } catch (NumberFormatException e) {
                err.println("bench-render: " + args[i - 1] + " needs a whole number, got '" + args[i] + "'");
                return 2;
            }
        }
        String display = System.getenv("DISPLAY");
        if (display == null || display.isEmpty()) {
            err.println("bench-render: needs a display (run under xvfb-run on a headless machine)");
            return 2;
        }
        RenderBenchPlatform platform = new RenderBenchPlatform(warmup, frames, fill);
        Lwjgl3ApplicationConfiguration config = new Lwjgl3ApplicationConfiguration();
        config.setTitle(KvCacheApp.TITLE + " - bench-render");
        config.setWindowedMode(WIDTH, HEIGHT);
        config.useVsync(false);
        config.setForegroundFPS(0);
        config.disableAudio(true);
        new Lwjgl3Application(new KvCacheApp(platform), config);
        if (platform.failure() != null) {
            err.println("bench-render: " + platform.failure());
            return 1;
        }
        out.println(json(platform, frames, warmup));
        return 0;
    }

    private static String json(RenderBenchPlatform platform, int frames, int warmup) {
        Map<RenderBenchPhase, FrameSamples> results = platform.results();
        String renderer = platform.glRenderer();
        ObjectMapper mapper = new ObjectMapper();
        ObjectNode root = mapper.createObjectNode();
        FrameSamples worst = results.get(RenderBenchPhase.WORST);
        FrameSamples small = results.get(RenderBenchPhase.SMALL);
        root.put("frameMillisP50", worst.percentileMillis(50));
        root.put("frameMillisP90", worst.percentileMillis(90));
        root.put("frameMillisP99", worst.percentileMillis(99));
        root.put("frameMillisMax", worst.percentileMillis(100));
        root.put("allocatedBytesPerFrame", worst.allocatedBytesPerFrame());
        root.put("framesAllocating", worst.framesAllocating());
        root.put("allocatedBytesMaxFrame", worst.maxAllocatedBytes());
        root.put("drawCallsPerFrame", worst.meanDrawCalls());
        root.put("drawCallsPerFrameMax", worst.maxDrawCalls());
        root.put("textureBindsPerFrame", worst.meanTextureBinds());
        root.put("verticesPerFrame", worst.meanVertices());
        ObjectNode smallNode = root.putObject("small");
        smallNode.put("frameMillisP50", small.percentileMillis(50));
        smallNode.put("frameMillisP99", small.percentileMillis(99));
        smallNode.put("allocatedBytesPerFrame", small.allocatedBytesPerFrame());
        smallNode.put("framesAllocating", small.framesAllocating());
        smallNode.put("allocatedBytesMaxFrame", small.maxAllocatedBytes());
        smallNode.put("drawCallsPerFrame", small.meanDrawCalls());
        smallNode.put("textureBindsPerFrame", small.meanTextureBinds());
        smallNode.put("verticesPerFrame", small.meanVertices());
        if (!platform.fills().isEmpty()) {
            ObjectNode fill = root.putObject("fillScreensPerFrame");
            for (Map.Entry<RenderBenchPhase, FillProbe> phase : platform.fills().entrySet()) {
                ObjectNode byLayer = fill.putObject(phase.getKey().name().toLowerCase());
                double total = 0;
                for (Map.Entry<Layer, Double> layer : phase.getValue().screensPerFrame(WIDTH * HEIGHT).entrySet()) {
                    byLayer.put(layer.getKey().name().toLowerCase(), Math.round(layer.getValue() * 1000) / 1000.0);
                    total += layer.getValue();
                }
                byLayer.put("total", Math.round(total * 1000) / 1000.0);
            }
            ObjectNode quads = root.putObject("quadsPerFrame");
            for (Map.Entry<RenderBenchPhase, FillProbe> phase : platform.fills().entrySet()) {
                ObjectNode byLayer = quads.putObject(phase.getKey().name().toLowerCase());
                for (Map.Entry<Layer, Double> layer : phase.getValue().quadsPerFrame().entrySet()) {
                    byLayer.put(layer.getKey().name().toLowerCase(), Math.round(layer.getValue()));
                }
            }
        }
        ObjectNode scenarios = root.putObject("scenarios");
        for (RenderBenchPhase phase : RenderBenchPhase.values()) {
            scenarios.put(phase.name().toLowerCase(), phase.description);
        }
        ObjectNode harness = root.putObject("harness");
        harness.put("window", "1600x1000, vsync off, uncapped");
        harness.put("warmupFrames", warmup);
        harness.put("measuredFrames", frames);
        harness.put("frameTime", "wall time between consecutive frames (render + swap)");
        harness.put("allocation", "render thread, ThreadMXBean.getCurrentThreadAllocatedBytes read every frame:"
                + " the mean over measured frames, the frames that allocated anything, and the most one frame did");
        harness.put("counts", "libGDX GLProfiler per frame");
        ObjectNode environment = root.putObject("environment");
        environment.put("javaVersion", System.getProperty("java.version"));
        environment.put("os", System.getProperty("os.name") + " " + System.getProperty("os.version"));
        environment.put("availableProcessors", Runtime.getRuntime().availableProcessors());
        environment.put("glRenderer", renderer);
        return root.toString();
    }
}
