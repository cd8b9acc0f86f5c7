package dev.kvcache.sim;

/**
 * How full a GPU is: fine, warning from 80% of usable capacity, critical from 100% (or, in the
 * simulation, when the pool refused blocks). The one threshold rule for the report, the panels and
 * the simulation's level events.
 */
public enum UsageLevel {
    OK,
    WARNING,
    CRITICAL;

    public static final double WARNING_FRACTION = 0.80;
    public static final double CRITICAL_FRACTION = 1.00;

    public static UsageLevel of(double utilization) {
        if (utilization >= CRITICAL_FRACTION) {
            return CRITICAL;
        }
        if (utilization >= WARNING_FRACTION) {
            return WARNING;
        }
        return OK;
    }
}
