package dev.kvcache.host;

import dev.kvcache.catalog.Catalog;
import dev.kvcache.catalog.DeviceSpec;
import dev.kvcache.catalog.ModelSpec;
import dev.kvcache.memory.ScenarioFigures;
import dev.kvcache.scenario.EngineSpecProvider;
import dev.kvcache.scenario.FiguresForSettings;
import dev.kvcache.scenario.ScenarioResolver;
import dev.kvcache.sim.SimSettings;
import dev.kvcache.sim.Simulation;
import dev.kvcache.sim.TickRate;

/**
 * Owns the running simulation, whether it plays, and the figures derived from its settings. Frames
 * call {@link #advance}; settings changes and play / pause arrive between frames, which is a tick
 * boundary. Plain Java: no libGDX, so tests drive it directly.
 */
public final class SimulationHost implements HostView {
    private final Catalog catalog;
    private final ScenarioResolver resolver;
    private final FiguresForSettings figuresMaker;
    private final Simulation simulation;
    private final FixedStepClock clock = new FixedStepClock();
    private ScenarioFigures figures;
    private SimSettings figuresSettings;
    private int figuresGpus;
    private ModelSpec model;
    private long previousLongest;
    private DeviceSpec device;
    private boolean playing = true;

    public SimulationHost(Catalog catalog, SimSettings initial) {
        this.catalog = catalog;
        this.resolver = new ScenarioResolver(catalog);
        EngineSpecProvider provider = new EngineSpecProvider(catalog);
        this.figuresMaker = provider.figures();
        this.simulation = new Simulation(provider, initial);
        refreshFigures();
    }

    /**
     * Runs the ticks one frame of {@code frameSeconds} owes at the current speed; returns how many.
     * The pace is the speed shown, FlashAttention or not (the original halved it with FlashAttention
     * while still saying 1x).
     */
    public int advance(double frameSeconds) {
        if (!playing) {
            clock.reset();
            return 0;
        }
        int ticks = clock.advance(frameSeconds, ticksPerSecond());
        if (ticks > 0) {
            // The state before this frame's last tick, for drawing between ticks.
            for (int i = 0; i < ticks - 1; i++) {
                simulation.step();
            }
            previousLongest = simulation.longestTokens();
            simulation.step();
        }
        refreshFigures();
        return ticks;
    }

    /** Ticks per second now: the speed shown times the 1x base rate. */
    @Override
    public double ticksPerSecond() {
        return TickRate.TICKS_PER_SECOND_AT_1X * simulation.settings().speed();
    }

    /** Adopts new settings at this tick boundary; the simulation rebuilds if the scenario changed. */
    public void apply(SimSettings settings) {
        simulation.apply(settings);
        refreshFigures();
    }

    public void reset() {
        simulation.reset();
        clock.reset();
        refreshFigures();
    }

    /** Lets {@link #advance} run ticks again. */
    public void play() {
        playing = true;
    }

    /** Stops {@link #advance} running ticks; {@link #singleStep} still works. */
    public void pause() {
        playing = false;
    }

    @Override
    public boolean isPlaying() {
        return playing;
    }

    /** One tick now, playing or paused. */
    public void singleStep() {
        simulation.step();
        refreshFigures();
    }

    public void jumpToTokens(long tokens) {
        simulation.jumpToTokens(tokens);
        refreshFigures();
    }

    /** Recomputes the engine's figures only when the settings or the GPU count changed. */
    private void refreshFigures() {
        SimSettings settings = simulation.settings();
        int gpus = figuresGpus(settings);
        if (settings != figuresSettings || gpus != figuresGpus || figures == null) {
            model = resolver.model(settings.modelId());
            device = resolver.device(settings.deviceId());
            figures = figuresMaker.compute(settings, gpus);
            figuresSettings = settings;
            figuresGpus = gpus;
        }
    }

    /**
     * The GPUs the formula describes: those the scenario needs when the count is automatic (the layout
     * that holds every slot at full context, as the red box and the report say), the user's own when
     * fixed (so an undersized deployment reads as over 100%). The die shows the GPUs in use now.
     */
    private int figuresGpus(SimSettings settings) {
        return settings.gpuCount().isAuto() ? simulation.memory().gpusNeeded() : simulation.memory().gpuCount();
    }

    @Override
    public Simulation simulation() {
        return simulation;
    }

    @Override
    public Catalog catalog() {
        return catalog;
    }

    /** The model the settings name, resolved once per settings change (views ask every frame). */
    @Override
    public ModelSpec model() {
        return model;
    }

    @Override
    public DeviceSpec device() {
        return device;
    }

    /** The memory engine's figures for the current settings at the selected context. */
    @Override
    public ScenarioFigures figures() {
        return figures;
    }

    public float interpolation() {
        return clock.alpha();
    }

    /**
     * The longest sequence's tokens drawn between the last two ticks (fraction {@link
     * #interpolation()}), so counters and the attention triangle grow smoothly at low tick rates.
     * A drop (a finish or preemption) shows at once.
     */
    @Override
    public double interpolatedLongestTokens() {
        long current = simulation.longestTokens();
        if (!playing || current <= previousLongest) {
            return current;
        }
        return previousLongest + (current - previousLongest) * (double) clock.alpha();
    }
}
