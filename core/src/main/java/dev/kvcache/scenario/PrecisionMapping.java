package dev.kvcache.scenario;

/** The simulation's six user-selectable precisions mapped to the memory engine's, by name. */
public final class PrecisionMapping {
    private PrecisionMapping() {
    }

    public static dev.kvcache.catalog.Precision toEngine(dev.kvcache.sim.Precision precision) {
        return dev.kvcache.catalog.Precision.valueOf(precision.name());
    }
}
