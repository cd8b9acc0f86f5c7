package dev.kvcache.app;

import dev.kvcache.host.PlatformServices;
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
}
