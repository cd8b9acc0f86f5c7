package dev.kvcache.input;

import com.badlogic.gdx.input.GestureDetector.GestureAdapter;

/**
 * Touch gestures to actions: tap plays or pauses, a horizontal swipe changes the model (left for
 * the next, right for the previous), a pinch changes the speed one preset per 1.5x of spread,
 * and a long press resets. Stage widgets see touches first, so this only gets the scene's.
 */
public final class TouchGestures extends GestureAdapter {
    /** Spread ratio of a pinch that steps the speed once. */
    static final float PINCH_STEP = 1.5f;
    /** Slowest swipe that changes the model (px/s). */
    static final float MIN_SWIPE_SPEED = 300f;

    private final ActionSink sink;
    private final PointerKind pointers;
    private float pinchReference = 1f;

    public TouchGestures(ActionSink sink, PointerKind pointers) {
        this.sink = sink;
        this.pointers = pointers;
    }

    @Override
    public boolean tap(float x, float y, int count, int button) {
        if (pointers.lastPointerWasMouse()) {
            return false;
        }
        sink.perform(Action.PLAY_PAUSE);
        return true;
    }

    @Override
    public boolean longPress(float x, float y) {
        if (pointers.lastPointerWasMouse()) {
            return false;
        }
        sink.perform(Action.RESET);
        return true;
    }

    @Override
    public boolean fling(float velocityX, float velocityY, int button) {
        if (Math.abs(velocityX) < MIN_SWIPE_SPEED || Math.abs(velocityX) < 2f * Math.abs(velocityY)) {
            return false;
        }
        sink.perform(velocityX < 0 ? Action.NEXT_MODEL : Action.PREVIOUS_MODEL);
        return true;
    }

    @Override
    public boolean zoom(float initialDistance, float distance) {
        if (!(initialDistance > 0f) || !(distance > 0f)) {
            return false;
        }
        float ratio = distance / initialDistance;
        while (ratio > pinchReference * PINCH_STEP) {
            pinchReference *= PINCH_STEP;
            sink.perform(Action.SPEED_UP);
        }
        while (ratio < pinchReference / PINCH_STEP) {
            pinchReference /= PINCH_STEP;
            sink.perform(Action.SPEED_DOWN);
        }
        return true;
    }

    @Override
    public void pinchStop() {
        pinchReference = 1f;
    }
}
