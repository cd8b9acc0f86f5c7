package dev.kvcache.host;

import dev.kvcache.host.RenderDemand.Activity;

/**
 * Decides what each frame repaints: the whole window, or only the scene, leaving the panels,
 * header and controls around it as the last whole frame drew them.
 *
 * <p>While the simulation plays, the scene moves every frame but the text around it only shows
 * figures, and a figure that changes sixty times a second cannot be read. In software GL every
 * pixel repainted costs CPU (a full window of panel text was a third of a frame's 45 ms under
 * SwiftShader, README), so where the window keeps its pixels the rule repaints the scene alone
 * and the whole window {@link #REFRESH_HZ} times a second: every figure on screen (the panels,
 * the banner, the memory caption under the die) changes then, together, and nothing outside the
 * scene lags longer. A paused scene, and any input, resize or command, repaint the whole window
 * at once, and after an input for as long as what it set moving may take to settle (a coasting
 * scroll, a pressed button's look: {@link RenderDemand#MAX_SETTLE_SECONDS}), so the controls move
 * at the scene's rate.
 */
public final class RedrawRule {
    /** Whole-window frames a second while only the scene moves: the panels' figures refresh this often. */
    public static final int REFRESH_HZ = 5;

    /** What a frame repaints. */
    public enum Redraw {
        WINDOW,
        SCENE
    }

    private static final float REFRESH_SECONDS = 1f / REFRESH_HZ;

    private final DrawingBuffer buffer;
    /** An input, resize or command came since the last decision (and the first frame paints everything). */
    private boolean invalidated = true;
    private boolean sceneWanted;
    private float sinceWindow;
    private float sinceInput;

    public RedrawRule(DrawingBuffer buffer) {
        this.buffer = buffer;
    }

    /** Something outside the scene may have changed (an input, a resize, a command): the next frame repaints the window. */
    public void invalidate() {
        invalidated = true;
    }

    /**
     * The next frame repaints only the scene whatever else holds, where the buffer is kept: a test
     * compares it with the whole frame before it.
     */
    public void repaintSceneOnce() {
        sceneWanted = true;
    }

    /** Decides the frame drawn {@code frameSeconds} after the previous one, given what the frame found moving. */
    public Redraw decide(float frameSeconds, Activity activity) {
        float seconds = Math.max(0f, frameSeconds);
        sinceWindow += seconds;
        sinceInput = invalidated ? 0f : sinceInput + seconds;
        invalidated = false;
        boolean sceneOnly = sceneWanted;
        sceneWanted = false;
        if (buffer == DrawingBuffer.KEPT && (sceneOnly || activity == Activity.PLAYING
                && sinceInput >= RenderDemand.MAX_SETTLE_SECONDS && sinceWindow < REFRESH_SECONDS)) {
            return Redraw.SCENE;
        }
        sinceWindow = 0f;
        return Redraw.WINDOW;
    }
}
