package dev.kvcache.host;

/**
 * What the window holds after a frame is shown: the frame's pixels (a browser canvas made with
 * {@code preserveDrawingBuffer}), so the next frame may repaint only the part that moves; or
 * nothing to rely on (a swapped desktop back buffer), so every frame repaints the whole window.
 */
public enum DrawingBuffer {
    KEPT,
    DISCARDED
}
