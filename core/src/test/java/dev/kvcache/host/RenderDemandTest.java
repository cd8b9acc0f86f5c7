package dev.kvcache.host;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kvcache.host.RenderDemand.Activity;
import org.junit.jupiter.api.Test;

/**
 * The render rule: playing or any input draws every frame; a paused app whose motion has settled,
 * or that has nothing moving at all (reduced motion), draws only on change; motion that never
 * settles stops being drawn within two seconds; an idle app wakes for the changes it expects.
 */
class RenderDemandTest {
    private static final float FRAME = 1f / 60f;

    /** Frames of {@code activity} at 60 fps until the rule says ON_CHANGE; how many it took (or -1 after 10 s). */
    private static int framesUntilIdle(RenderDemand demand, Activity activity) {
        for (int frame = 1; frame <= 600; frame++) {
            if (demand.decide(FRAME, activity) == RenderMode.ON_CHANGE) {
                return frame;
            }
        }
        return -1;
    }

    @Test
    void playingDrawsEveryFrame() {
        RenderDemand demand = new RenderDemand(Idling.ALLOWED);
        assertEquals(-1, framesUntilIdle(demand, Activity.PLAYING), "ten seconds of play, never idle");
    }

    @Test
    void pausedAndSettledDrawsOnlyOnChange() {
        RenderDemand demand = new RenderDemand(Idling.ALLOWED);
        assertEquals(RenderMode.CONTINUOUS, demand.decide(FRAME, Activity.PLAYING));
        // The frame of the pause still shows motion settling; once it has, the next frame is the last.
        assertEquals(RenderMode.CONTINUOUS, demand.decide(FRAME, Activity.SETTLING));
        assertEquals(RenderMode.ON_CHANGE, demand.decide(FRAME, Activity.STILL));
        assertEquals(RenderMode.ON_CHANGE, demand.mode());
    }

    @Test
    void withNothingMovingItIdlesAtOnce() {
        // Reduced motion: nothing in the scene moves, so the first frame after the pause is idle.
        RenderDemand demand = new RenderDemand(Idling.ALLOWED);
        demand.decide(FRAME, Activity.PLAYING);
        assertEquals(1, framesUntilIdle(demand, Activity.STILL));
    }

    @Test
    void motionThatNeverSettlesStopsWithinTwoSeconds() {
        RenderDemand demand = new RenderDemand(Idling.ALLOWED);
        demand.decide(FRAME, Activity.PLAYING);
        int frames = framesUntilIdle(demand, Activity.SETTLING);
        assertTrue(frames > 60, "settling motion is drawn for a while: " + frames + " frames");
        // At most 120 frames (2 s at 60 fps) drawn continuously after the pause; the next is the idle one.
        assertTrue(frames <= 121, "but idle within 2 s of 60 fps frames: " + frames);
    }

    @Test
    void inputDrawsAtOnceAndStartsTheSettlingOver() {
        RenderDemand demand = new RenderDemand(Idling.ALLOWED);
        assertEquals(RenderMode.CONTINUOUS, demand.decide(FRAME, Activity.STILL), "the first frames draw");
        assertEquals(RenderMode.ON_CHANGE, demand.decide(FRAME, Activity.STILL));
        demand.wake();
        assertEquals(RenderMode.CONTINUOUS, demand.decide(30f, Activity.STILL),
                "the frame after an input, however late it comes");
        assertEquals(RenderMode.ON_CHANGE, demand.decide(FRAME, Activity.STILL), "nothing moved: idle again");

        demand.wake();
        demand.decide(FRAME, Activity.STILL);
        int frames = framesUntilIdle(demand, Activity.SETTLING);
        assertTrue(frames > 60 && frames <= 121, "a scroll set coasting by the input gets its two seconds: " + frames);
    }

    @Test
    void aLongIdleStretchLeavesNoSettlingTimeForLaterMotion() {
        RenderDemand demand = new RenderDemand(Idling.ALLOWED);
        demand.decide(FRAME, Activity.PLAYING);
        demand.decide(FRAME, Activity.STILL);
        // A timed wake 9 s later finds something moving that no input or play started: not drawn on and on.
        assertEquals(RenderMode.ON_CHANGE, demand.decide(9f, Activity.SETTLING));
    }

    @Test
    void runsThatCountFramesNeverIdle() {
        RenderDemand demand = new RenderDemand(Idling.NEVER);
        assertEquals(-1, framesUntilIdle(demand, Activity.STILL));
    }

    @Test
    void anIdleAppWakesForTheSoonestExpectedChange() {
        RenderDemand demand = new RenderDemand(Idling.ALLOWED);
        demand.expectChangeIn(4.5f);
        demand.expectChangeIn(Float.POSITIVE_INFINITY);
        demand.expectChangeIn(1.25f);
        demand.decide(FRAME, Activity.STILL);
        assertEquals(1.25f, demand.secondsToWake());
        demand.decide(FRAME, Activity.STILL);
        assertEquals(Float.POSITIVE_INFINITY, demand.secondsToWake(), "each frame reports its own expectations");
    }
}
