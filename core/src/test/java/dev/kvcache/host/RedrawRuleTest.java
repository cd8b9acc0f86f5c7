package dev.kvcache.host;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kvcache.host.RedrawRule.Redraw;
import dev.kvcache.host.RenderDemand.Activity;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What each frame repaints: where the window keeps its pixels, a playing scene alone between whole
 * frames five times a second; the whole window for two seconds after any input, while paused, and
 * always where the buffer is not kept.
 */
class RedrawRuleTest {
    private static final float FRAME = 1f / 60f;

    /** The frames (0-based) that repaint the window in {@code count} playing frames at 60 fps. */
    private static List<Integer> windowFrames(RedrawRule rule, int count) {
        List<Integer> window = new ArrayList<>();
        for (int frame = 0; frame < count; frame++) {
            if (rule.decide(FRAME, Activity.PLAYING) == Redraw.WINDOW) {
                window.add(frame);
            }
        }
        return window;
    }

    /** A rule whose window keeps its pixels, three seconds into play with no input since the start. */
    private static RedrawRule playingForAWhile() {
        RedrawRule rule = new RedrawRule(DrawingBuffer.KEPT);
        assertEquals(Redraw.WINDOW, rule.decide(FRAME, Activity.PLAYING), "the first frame paints the window");
        rule.decide(3f, Activity.PLAYING);
        return rule;
    }

    @Test
    void aPlayingSceneRepaintsTheWindowFiveTimesASecond() {
        List<Integer> window = windowFrames(playingForAWhile(), 180);
        assertEquals(3 * RedrawRule.REFRESH_HZ, window.size(), "three seconds at 60 fps: " + window);
        for (int i = 1; i < window.size(); i++) {
            assertEquals(60 / RedrawRule.REFRESH_HZ, window.get(i) - window.get(i - 1), "evenly spaced: " + window);
        }
    }

    @Test
    void aDiscardedBufferRepaintsTheWindowEveryFrame() {
        assertEquals(180, windowFrames(new RedrawRule(DrawingBuffer.DISCARDED), 180).size());
    }

    @Test
    void anInputRepaintsTheWindowUntilWhatItMovedHasSettled() {
        RedrawRule rule = playingForAWhile();
        assertEquals(Redraw.SCENE, rule.decide(FRAME, Activity.PLAYING));
        rule.invalidate();
        List<Integer> window = windowFrames(rule, 180);
        for (int frame = 0; frame < 119; frame++) {
            assertEquals(frame, window.get(frame), "every frame of the two seconds after it: " + window);
        }
        // Then five a second again; where the two seconds end falls between two frames.
        long third = window.stream().filter(frame -> frame > 120).count();
        assertTrue(third == 4 || third == 5, "then five a second: " + window);
        assertEquals(Redraw.WINDOW, rule.decide(0.5f, Activity.PLAYING), "half a second since the last frame");
    }

    @Test
    void aPausedSceneRepaintsTheWindow() {
        RedrawRule rule = playingForAWhile();
        assertEquals(Redraw.SCENE, rule.decide(FRAME, Activity.PLAYING));
        assertEquals(Redraw.WINDOW, rule.decide(FRAME, Activity.SETTLING));
        assertEquals(Redraw.WINDOW, rule.decide(FRAME, Activity.STILL));
        assertEquals(Redraw.SCENE, rule.decide(FRAME, Activity.PLAYING));
    }

    @Test
    void aSceneRepaintCanBeAskedForOnceWhereTheBufferIsKept() {
        RedrawRule kept = new RedrawRule(DrawingBuffer.KEPT);
        kept.decide(FRAME, Activity.STILL);
        kept.repaintSceneOnce();
        assertEquals(Redraw.SCENE, kept.decide(FRAME, Activity.STILL));
        assertEquals(Redraw.WINDOW, kept.decide(FRAME, Activity.STILL));

        RedrawRule discarded = new RedrawRule(DrawingBuffer.DISCARDED);
        discarded.repaintSceneOnce();
        assertEquals(Redraw.WINDOW, discarded.decide(FRAME, Activity.STILL));
    }
}
