package dev.kvcache.html.client;

import dev.kvcache.app.KvCacheApp;

/** Publishes {@code window.kvcache} for tests and power users: {@code frames()}, {@code paused()}. */
final class JsApi {
    private static KvCacheApp app;

    private JsApi() {
    }

    static void install(KvCacheApp target) {
        app = target;
        export();
    }

    static double frames() {
        return app == null ? 0 : app.framesDrawn();
    }

    static boolean paused() {
        return app != null && app.isPaused();
    }

    private static native void export() /*-{
        $wnd.kvcache = {
            frames: $entry(function() {
                return @dev.kvcache.html.client.JsApi::frames()();
            }),
            paused: $entry(function() {
                return @dev.kvcache.html.client.JsApi::paused()();
            })
        };
    }-*/;
}
