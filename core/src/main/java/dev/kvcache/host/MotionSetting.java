package dev.kvcache.host;

/**
 * The motion the scene shows: the system's preference (the browser's prefers-reduced-motion) when
 * it starts and whenever the system changes it, and otherwise what the user's key last chose.
 */
public final class MotionSetting {
    private Motion motion = Motion.FULL;
    private Motion system;

    /** Follows the system's preference when it changed since the last call (the first call takes it). */
    public void follow(Motion asked) {
        if (asked != system) {
            system = asked;
            motion = asked;
        }
    }

    /** Switches between full and reduced motion; returns the notice to show. */
    public String toggle() {
        motion = motion == Motion.FULL ? Motion.REDUCED : Motion.FULL;
        return motion == Motion.REDUCED
                ? "reduced motion: waves, particles and pulses stopped; the run goes on"
                : "full motion: waves, particles and pulses back";
    }

    public Motion motion() {
        return motion;
    }
}
