package dev.kvcache.host;

/**
 * The rule that decides, each frame, whether the app keeps drawing every frame or draws only on
 * change. Playing, or any input, resize or command since the last frame, draws continuously;
 * motion still settling by itself (particles landing, bank colours easing, the waves slowing, a
 * scroll coasting) keeps drawing until it is at rest, but never longer than
 * {@link #MAX_SETTLE_SECONDS} after the pause or the last input; then, and at once when nothing
 * moves, only on change. Changes the app can foresee (a notice expiring, the next factoid) are
 * reported with {@link #expectChangeIn}, so an idle app wakes for them.
 */
public final class RenderDemand {
    /** Longest (s) motion may keep the app drawing after the last play or input, whatever still moves. */
    public static final float MAX_SETTLE_SECONDS = 2f;

    /** What the frame found moving, strongest first. */
    public enum Activity {
        /** The simulation is running: every frame shows new ticks. */
        PLAYING,
        /** Paused, but some motion has not come to rest yet. */
        SETTLING,
        /** Nothing moves: a frame would draw what is on screen already. */
        STILL
    }

    private final Idling idling;
    /** An input, resize or command came since the last decision (the first frames draw too). */
    private boolean woken = true;
    /** Seconds since the last frame that played or was woken. */
    private float quietSeconds;
    private float expected = Float.POSITIVE_INFINITY;
    private float wakeAfter = Float.POSITIVE_INFINITY;
    private RenderMode mode = RenderMode.CONTINUOUS;

    public RenderDemand(Idling idling) {
        this.idling = idling;
    }

    /** An input, a resize or a command arrived (between frames or in one): draw, continuously, and settle again. */
    public void wake() {
        woken = true;
    }

    /** Something on screen will change by itself in {@code seconds} (a notice expires): an idle app wakes then. */
    public void expectChangeIn(float seconds) {
        if (seconds >= 0f && seconds < expected) {
            expected = seconds;
        }
    }

    /**
     * Decides the mode of the frame that took {@code frameSeconds} since the previous one (however
     * long the app idled), given what the frame found moving; the changes expected since the last
     * decision set {@link #secondsToWake()}.
     */
    public RenderMode decide(float frameSeconds, Activity activity) {
        wakeAfter = expected;
        expected = Float.POSITIVE_INFINITY;
        if (activity == Activity.PLAYING || woken || idling == Idling.NEVER) {
            woken = false;
            quietSeconds = 0f;
            mode = RenderMode.CONTINUOUS;
            return mode;
        }
        quietSeconds += Math.max(0f, frameSeconds);
        mode = activity == Activity.SETTLING && quietSeconds < MAX_SETTLE_SECONDS ? RenderMode.CONTINUOUS
                : RenderMode.ON_CHANGE;
        return mode;
    }

    /** The mode of the last decision. */
    public RenderMode mode() {
        return mode;
    }

    /** Seconds from the last decision to the soonest change expected (infinite: none); only idle frames need it. */
    public float secondsToWake() {
        return wakeAfter;
    }
}
