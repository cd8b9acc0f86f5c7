package dev.kvcache.app;

import com.badlogic.gdx.Gdx;
import dev.kvcache.host.DrawingBuffer;
import dev.kvcache.host.Idling;
import dev.kvcache.host.PlatformServices;
import dev.kvcache.host.RenderMode;
import dev.kvcache.render.PointerPrecision;

/** What differs between the desktop and the browser, supplied by each launcher: services, density and frames. */
public interface Platform extends PlatformServices {
    /**
     * Physical pixels per density-independent pixel: the browser's devicePixelRatio, the desktop
     * monitor's content scale (1 on a standard screen, 2 on a Retina or 200% one).
     */
    float density();

    /** Whether the main pointer is a mouse or a finger; touch screens get fingertip-sized buttons everywhere. */
    default PointerPrecision pointerPrecision() {
        return PointerPrecision.FINE;
    }

    /** Called after each frame is on screen (screenshots, the browser's frame counter). */
    void frameDrawn(KvCacheApp app);

    /** What the window holds after a frame is shown; where it keeps the frame, most frames repaint only the scene. */
    default DrawingBuffer drawingBuffer() {
        return DrawingBuffer.DISCARDED;
    }

    /** Whether the app may stop drawing while nothing moves; runs that count frames say never. */
    default Idling idling() {
        return Idling.ALLOWED;
    }

    /**
     * Draws every frame, or only on request. libGDX's switch serves the desktop; the browser's
     * backend ignores it, and its launcher stops and starts its own frame loop instead.
     */
    default void setRendering(RenderMode mode) {
        Gdx.graphics.setContinuousRendering(mode == RenderMode.CONTINUOUS);
    }

    /** Asks for one more frame soon, from the render thread (in the browser, from any event handler). */
    default void requestFrame() {
        Gdx.graphics.requestRendering();
    }
}
