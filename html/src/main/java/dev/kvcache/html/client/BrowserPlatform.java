package dev.kvcache.html.client;

import dev.kvcache.app.KvCacheApp;
import dev.kvcache.app.Platform;
import dev.kvcache.ui.BakedFontSource;
import dev.kvcache.ui.FontSource;

/** Browser services: bitmap fonts baked at build time (no FreeType in the browser). */
final class BrowserPlatform implements Platform {
    @Override
    public FontSource createFontSource() {
        return new BakedFontSource();
    }

    @Override
    public void frameDrawn(KvCacheApp app) {
        // Nothing per frame: the JavaScript API reads the app's counters when asked.
    }
}
