package dev.kvcache.input;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Gestures produce the same actions keys do; browser mouse clicks are not taps. */
class TouchGesturesTest {
    private final List<Action> got = new ArrayList<>();

    @Test
    void gesturesMapToActions() {
        TouchGestures touch = new TouchGestures(got::add, () -> false);
        touch.tap(10, 10, 1, 0);
        touch.fling(-1500, 100, 0);
        touch.fling(1500, -100, 0);
        touch.fling(100, 1500, 0);
        touch.zoom(100, 160);
        touch.zoom(100, 240);
        touch.pinchStop();
        touch.zoom(100, 60);
        touch.longPress(5, 5);
        assertEquals(List.of(Action.PLAY_PAUSE, Action.NEXT_MODEL, Action.PREVIOUS_MODEL, Action.SPEED_UP,
                Action.SPEED_UP, Action.SPEED_DOWN, Action.RESET), got);
    }

    @Test
    void browserMouseClicksAreNotTaps() {
        TouchGestures touch = new TouchGestures(got::add, () -> true);
        touch.tap(10, 10, 1, 0);
        touch.longPress(10, 10);
        assertEquals(List.of(), got);
    }
}
