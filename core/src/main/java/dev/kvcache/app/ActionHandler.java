package dev.kvcache.app;

import dev.kvcache.input.Action;
import dev.kvcache.input.ActionSink;
import dev.kvcache.sim.Simulation;

/** Applies user actions to the simulation host, between frames (a tick boundary). */
public final class ActionHandler implements ActionSink {
    private final SimulationHost host;

    public ActionHandler(SimulationHost host) {
        this.host = host;
    }

    @Override
    public void perform(Action action) {
        Simulation simulation = host.simulation();
        switch (action) {
            case PLAY_PAUSE:
                if (simulation.isPlaying()) {
                    simulation.pause();
                } else {
                    simulation.play();
                }
                break;
            default:
                break;
        }
    }
}
