package dev.kvcache.host;

import dev.kvcache.catalog.Catalog;
import dev.kvcache.catalog.DeviceSpec;
import dev.kvcache.catalog.ModelSpec;
import dev.kvcache.memory.ScenarioFigures;
import dev.kvcache.sim.SimulationView;

/**
 * What the views (scene, panels, controls) read of the running scenario. It has no commands: the
 * views send actions and console lines to the {@link CommandQueue}, which the host applies at the
 * next tick boundary.
 */
public interface HostView {
    SimulationView simulation();

    Catalog catalog();

    /** The model the settings name, resolved once per settings change (views ask every frame). */
    ModelSpec model();

    DeviceSpec device();

    /** The memory engine's figures for the current settings at the selected context. */
    ScenarioFigures figures();

    /** Ticks (decode steps) per second at the speed set now, whether or not the clock is running. */
    double ticksPerSecond();

    /** True while the host's clock runs ticks. */
    boolean isPlaying();

    /** The longest sequence's tokens drawn between the last two ticks, for smooth counters. */
    double interpolatedLongestTokens();
}
