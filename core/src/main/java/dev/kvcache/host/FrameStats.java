package dev.kvcache.host;

/**
 * Counts drawn frames and keeps a smoothed frame rate for the on-screen counter; while the app draws
 * only on change there is no rate to show, and it says so ({@link #isIdle()}) rather than keep the
 * last one.
 */
public final class FrameStats {
    private long frames;
    private long sceneFrames;
    private float smoothedFps;
    private boolean idle;

    /** Records one frame drawn {@code deltaSeconds} after the previous one, in {@code mode}. */
    public void frameDrawn(float deltaSeconds, RenderMode mode) {
        frames++;
        if (mode == RenderMode.ON_CHANGE) {
            // A frame now and then is no rate: the next run of frames measures a new one.
            idle = true;
            smoothedFps = 0f;
            return;
        }
        if (deltaSeconds > 0f && deltaSeconds < 1f) {
            float fps = 1f / deltaSeconds;
            smoothedFps = smoothedFps == 0f ? fps : smoothedFps * 0.95f + fps * 0.05f;
            idle = false;
        }
    }

    /** The frame just counted repainted only the scene (see {@link RedrawRule}). */
    public void sceneRepainted() {
        sceneFrames++;
    }

    /** Frames that repainted only the scene, of {@link #frames()}. */
    public long sceneFrames() {
        return sceneFrames;
    }

    public long frames() {
        return frames;
    }

    public int fps() {
        return Math.round(smoothedFps);
    }

    /** True while frames are drawn only on change, and after that until a new rate is measured. */
    public boolean isIdle() {
        return idle;
    }
}
