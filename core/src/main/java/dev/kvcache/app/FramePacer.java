package dev.kvcache.app;

import com.badlogic.gdx.utils.Timer;
import dev.kvcache.host.RedrawRule;
import dev.kvcache.host.RedrawRule.Redraw;
import dev.kvcache.host.RenderDemand;
import dev.kvcache.host.RenderDemand.Activity;
import dev.kvcache.host.RenderMode;

/**
 * Puts the render rule ({@link RenderDemand}) into effect: the app asks it each frame, and after
 * the frame the pacer switches the platform between drawing every frame and drawing on request
 * when the answer changes. While idle it sets a timer for the next change the rule expects.
 */
final class FramePacer {
    /** Added to a timed wake (s), so the frame lands just after the change rather than a hair before it. */
    private static final float WAKE_MARGIN_SECONDS = 0.02f;

    private final Platform platform;
    private final RenderDemand demand;
    private final RedrawRule redraw;
    /**
     * libGDX's Timer posts its task to the render thread as a runnable, and a posted runnable is
     * drawn on both backends (LWJGL3 requests rendering after running posted runnables; the browser
     * launcher asks for a frame on each post), so the task has nothing to do itself: asking again
     * here would cost the browser a second frame.
     */
    private final Timer.Task wakeTask = new Timer.Task() {
        @Override
        public void run() {
            // The post was the wake.
        }
    };
    private RenderMode applied = RenderMode.CONTINUOUS;

    FramePacer(Platform platform) {
        this.platform = platform;
        this.demand = new RenderDemand(platform.idling());
        this.redraw = new RedrawRule(platform.drawingBuffer());
    }

    /** An input, a resize or a command arrived: draw at once, and continuously until things settle again. */
    void wake() {
        demand.wake();
        redraw.invalidate();
        platform.requestFrame();
    }

    /** Draws one frame that repaints only the scene (where the window keeps its pixels), without waking the app. */
    void repaintSceneOnce() {
        redraw.repaintSceneOnce();
        platform.requestFrame();
    }

    /** What this frame repaints; see {@link RedrawRule#decide}. */
    Redraw redraw(float frameSeconds, Activity activity) {
        return redraw.decide(frameSeconds, activity);
    }

    /** Something on screen changes by itself in {@code seconds}; see {@link RenderDemand#expectChangeIn}. */
    void expectChangeIn(float seconds) {
        demand.expectChangeIn(seconds);
    }

    /** This frame's mode; decide before drawing, so the frame counter can say what it is. */
    RenderMode decide(float frameSeconds, Activity activity) {
        return demand.decide(frameSeconds, activity);
    }

    /** After the frame: switches the platform's rendering when the mode changed, and times the next wake. */
    void apply() {
        RenderMode mode = demand.mode();
        if (mode != applied) {
            applied = mode;
            platform.setRendering(mode);
        }
        if (wakeTask.isScheduled()) {
            wakeTask.cancel();
        }
        float wakeIn = demand.secondsToWake();
        if (mode == RenderMode.ON_CHANGE && wakeIn < Float.POSITIVE_INFINITY) {
            Timer.schedule(wakeTask, wakeIn + WAKE_MARGIN_SECONDS);
        }
    }

    RenderMode mode() {
        return demand.mode();
    }

    /** Stops the timed wake: after dispose, no runnable may reach the app. */
    void dispose() {
        wakeTask.cancel();
    }
}
