package dev.kvcache.render;

/**
 * The clock of the scene's ambient motion (the waves, the attention sweep, the pulses of the
 * vignette and the banner): it runs at full rate while the simulation plays, slows to a stop within
 * {@link #EASE_SECONDS} of a pause, so a paused scene comes to rest rather than freezing
 * mid-stroke or moving forever, picks up the same way on play, and stands still under reduced motion.
 */
final class AmbientClock {
    /** Seconds the rate takes to go from full to still, or back. */
    static final float EASE_SECONDS = 1f;
    private float rate = 1f;
    private float lastSeconds;

    /** Advances by {@code seconds} of frame time while the simulation plays; returns the animation seconds. */
    float run(float seconds) {
        return step(seconds, 1f);
    }

    /** Advances by {@code seconds} of frame time while paused, slowing towards a stop. */
    float windDown(float seconds) {
        return step(seconds, 0f);
    }

    /** Reduced motion: still at once. */
    float stop() {
        rate = 0f;
        lastSeconds = 0f;
        return 0f;
    }

    /** True once the ambient motion has come to rest. */
    boolean isStill() {
        return rate == 0f;
    }

    /** The animation seconds the last step advanced. */
    float lastSeconds() {
        return lastSeconds;
    }

    private float step(float seconds, float target) {
        float before = rate;
        float change = Math.max(0f, seconds) / EASE_SECONDS;
        rate = target > rate ? Math.min(target, rate + change) : Math.max(target, rate - change);
        // The area under the rate over the frame: a smooth slowdown, not a jump to stillness.
        lastSeconds = Math.max(0f, seconds) * (before + rate) / 2f;
        return lastSeconds;
    }
}
