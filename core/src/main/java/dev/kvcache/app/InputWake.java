package dev.kvcache.app;

import com.badlogic.gdx.InputProcessor;

/**
 * First in the app's InputMultiplexer: wakes the frame loop on every input event (a key, a click, a
 * move of the mouse, the wheel, a touch) and hands the event on untouched. In the browser the
 * backend delivers events straight from the page's handlers, between frames, which is how an idle
 * page gets its frame loop back.
 */
final class InputWake implements InputProcessor {
    private final FramePacer pacer;

    InputWake(FramePacer pacer) {
        this.pacer = pacer;
    }

    private boolean wake() {
        pacer.wake();
        return false;
    }

    @Override
    public boolean keyDown(int keycode) {
        return wake();
    }

    @Override
    public boolean keyUp(int keycode) {
        return wake();
    }

    @Override
    public boolean keyTyped(char character) {
        return wake();
    }

    @Override
    public boolean touchDown(int screenX, int screenY, int pointer, int button) {
        return wake();
    }

    @Override
    public boolean touchUp(int screenX, int screenY, int pointer, int button) {
        return wake();
    }

    @Override
    public boolean touchCancelled(int screenX, int screenY, int pointer, int button) {
        return wake();
    }

    @Override
    public boolean touchDragged(int screenX, int screenY, int pointer) {
        return wake();
    }

    @Override
    public boolean mouseMoved(int screenX, int screenY) {
        return wake();
    }

    @Override
    public boolean scrolled(float amountX, float amountY) {
        return wake();
    }
}
