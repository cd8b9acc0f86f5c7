package dev.kvcache.host;

/**
 * Turns frame time into whole simulation ticks ("Fix Your Timestep!"): the frame time is capped,
 * ticks run at {@code ticksPerSecond}, and what is left over becomes the interpolation fraction
 * the views use to draw between the previous and the current tick. Speed changes the tick rate,
 * never the size of a tick.
 */
public final class FixedStepClock {
    /** Longest frame time counted (s): after a stall the simulation does not race to catch up. */
    public static final double MAX_FRAME_SECONDS = 0.25;
    /** Most ticks one frame may run, so 100x on a slow frame stays bounded. */
    public static final int MAX_TICKS_PER_FRAME = 4000;

    private double accumulatorSeconds;
    private double alpha;

    /**
     * Adds one frame of {@code frameSeconds} at {@code ticksPerSecond} and returns how many ticks
     * to run now (0 when paused or the rate is not positive).
     */
    public int advance(double frameSeconds, double ticksPerSecond) {
        if (!(ticksPerSecond > 0) || !(frameSeconds > 0)) {
            alpha = 0;
            return 0;
        }
        accumulatorSeconds += Math.min(frameSeconds, MAX_FRAME_SECONDS);
        double tickSeconds = 1.0 / ticksPerSecond;
        long due = (long) Math.floor(accumulatorSeconds / tickSeconds);
        int ticks = (int) Math.min(due, MAX_TICKS_PER_FRAME);
        accumulatorSeconds -= ticks * tickSeconds;
        if (ticks == MAX_TICKS_PER_FRAME) {
            accumulatorSeconds = Math.min(accumulatorSeconds, tickSeconds);
        }
        alpha = Math.max(0, Math.min(1, accumulatorSeconds / tickSeconds));
        return ticks;
    }

    /** Fraction (0-1) of the way from the last tick to the next one, for interpolated drawing. */
    public float alpha() {
        return (float) alpha;
    }

    public void reset() {
        accumulatorSeconds = 0;
        alpha = 0;
    }
}
