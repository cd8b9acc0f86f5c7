package dev.kvcache.host;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.kvcache.host.RedrawRule.Redraw;
import dev.kvcache.host.RenderDemand.Activity;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What each frame repaints: where the window keeps its pixels, a playing scene alone between whole
 * frames five times a second; the whole window on any input, for moving controls, while paused, and
 * always where the buffer is not kept.
 */
class RedrawRuleTest {
    private static final float FRAME = 1f / 60f;

    /** The frames (0-based) that repaint the window in {@code count} playing frames at 60 fps. */
    private static List<Integer> windowFrames(RedrawRule rule, int count) {
        List<Integer> window = new ArrayList<>();
        for (int frame = 0; frame < count; frame++) {
            if (rule.decide(FRAME, Activity.PLAYING, false) == Redraw.WINDOW) {
                window.add(frame);
            }
        }
        return window;
    }

    @Test
    void aPlayingSceneRepaintsTheWindowFiveTimesASecond() {
        List<Integer> window = windowFrames(new RedrawRule(DrawingBuffer.KEPT), 180);
        assertEquals(0, window.get(0), "the first frame paints the window");
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
    void anInputRepaintsTheWindowAtOnce() {
        RedrawRule rule = new RedrawRule(DrawingBuffer.KEPT);
        assertEquals(Redraw.WINDOW, rule.decide(FRAME, Activity.PLAYING, false));
        assertEquals(Redraw.SCENE, rule.decide(FRAME, Activity.PLAYING, false));
        rule.invalidate();
        assertEquals(Redraw.WINDOW, rule.decide(FRAME, Activity.PLAYING, false));
        assertEquals(Redraw.SCENE, rule.decide(FRAME, Activity.PLAYING, false), "and only once");
    }

    @Test
    void pausedMovingControlsOrALongGapRepaintTheWindow() {
        RedrawRule rule = new RedrawRule(DrawingBuffer.KEPT);
        rule.decide(FRAME, Activity.PLAYING, false);
        assertEquals(Redraw.WINDOW, rule.decide(FRAME, Activity.SETTLING, false));
        assertEquals(Redraw.WINDOW, rule.decide(FRAME, Activity.STILL, false));
        assertEquals(Redraw.SCENE, rule.decide(FRAME, Activity.PLAYING, false));
        assertEquals(Redraw.WINDOW, rule.decide(FRAME, Activity.PLAYING, true), "a control animating");
        assertEquals(Redraw.SCENE, rule.decide(FRAME, Activity.PLAYING, false));
        assertEquals(Redraw.WINDOW, rule.decide(0.5f, Activity.PLAYING, false), "half a second since the last frame");
    }

    @Test
    void aSceneRepaintCanBeAskedForOnceWhereTheBufferIsKept() {
        RedrawRule kept = new RedrawRule(DrawingBuffer.KEPT);
        kept.decide(FRAME, Activity.STILL, false);
        kept.repaintSceneOnce();
        assertEquals(Redraw.SCENE, kept.decide(FRAME, Activity.STILL, false));
        assertEquals(Redraw.WINDOW, kept.decide(FRAME, Activity.STILL, false));

        RedrawRule discarded = new RedrawRule(DrawingBuffer.DISCARDED);
        discarded.repaintSceneOnce();
        assertEquals(Redraw.WINDOW, discarded.decide(FRAME, Activity.STILL, false));
    }
}
