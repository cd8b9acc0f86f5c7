package dev.kvcache.html.client;

import com.badlogic.gdx.ApplicationListener;
import com.badlogic.gdx.backends.gwt.GwtApplication;
import com.badlogic.gdx.backends.gwt.GwtApplicationConfiguration;
import com.badlogic.gdx.backends.gwt.preloader.Preloader;
import dev.kvcache.app.KvCacheApp;

/** The browser entry point: a full-window canvas running the shared app. */
public final class HtmlLauncher extends GwtApplication {
    private BrowserPlatform platform;

    @Override
    public GwtApplicationConfiguration getConfig() {
        // 0 x 0 means "fill the browser window and follow its size".
        GwtApplicationConfiguration config = new GwtApplicationConfiguration(0, 0, true);
        config.padHorizontal = 0;
        config.padVertical = 0;
        // Keeps the last frame readable with readPixels/toDataURL for tests and screenshots.
        config.preserveDrawingBuffer = true;
        config.disableAudio = true;
        config.antialiasing = false;
        return config;
    }

    /** Images inlined from the bytes already fetched, so the service worker serves every asset offline. */
    @Override
    public Preloader createPreloader() {
        return InlineImages.of(super.createPreloader());
    }

    @Override
    public ApplicationListener createApplicationListener() {
        platform = new BrowserPlatform();
        KvCacheApp app = new KvCacheApp(platform);
        JsApi.install(app);
        return app;
    }
}
