package dev.kvcache.desktop.bench;

import dev.kvcache.sim.SimEventListener;
import dev.kvcache.sim.Simulation;

/**
 * The timed loop of {@code bench-sim --against}: defined anew, from these very bytes, inside each
 * build's class loader ({@link BuildLoader}), so both builds run the same loop, compiled against
 * their own simulation, with no reflective call per tick.
 */
public final class PairedLoop {
    private static final SimEventListener DISCARD = event -> {
        // Nothing: like TickBenchmark, the loop drains as the view does and keeps nothing.
    };

    private PairedLoop() {
    }

    /** A fresh simulation of the bench scenario named {@code scenario}. */
    public static Object simulation(String scenario) {
        return BenchScenario.valueOf(scenario).simulation();
    }

    /** Runs {@code ticks} ticks of {@code simulation}, draining each; the nanoseconds they took. */
    public static long run(Object simulation, int ticks) {
        Simulation sim = (Simulation) simulation;
        long start = System.nanoTime();
        for (int t = 0; t < ticks; t++) {
            sim.step();
            sim.events().drain(DISCARD);
        }
        return System.nanoTime() - start;
    }
}
