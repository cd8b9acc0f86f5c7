package dev.kvcache.host;

/** Counts drawn frames and keeps a smoothed frame rate for the on-screen counter. */
public final class FrameStats {
    private long frames;
    private float smoothedFps;

    /** Records one drawn frame that took {@code deltaSeconds} since the previous one. */
    public void frameDrawn(float deltaSeconds) {
        frames++;
        if (deltaSeconds > 0f && deltaSeconds < 1f) {
            float fps = 1f / deltaSeconds;
            smoothedFps = smoothedFps == 0f ? fps : smoothedFps * 0.95f + fps * 0.05f;
        }
    }

    public long frames() {
        return frames;
    }

    public int fps() {
        return Math.round(smoothedFps);
    }
}
