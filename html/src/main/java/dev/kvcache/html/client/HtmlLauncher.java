package dev.kvcache.html.client;

import com.badlogic.gdx.ApplicationListener;
import com.badlogic.gdx.backends.gwt.GwtApplication;
import com.badlogic.gdx.backends.gwt.GwtApplicationConfiguration;
import com.badlogic.gdx.backends.gwt.preloader.Preloader;
import com.google.gwt.event.logical.shared.ResizeEvent;
import com.google.gwt.event.logical.shared.ResizeHandler;
import com.google.gwt.user.client.Window;
import dev.kvcache.app.KvCacheApp;

/**
 * The browser entry point: a full-window canvas running the shared app, on a frame loop that stops
 * while the app draws only on change ({@link BrowserFrames}) and starts again on input, a resize,
 * a posted runnable (libGDX's timers, a text field's blinking cursor) or a script's command.
 */
public final class HtmlLauncher extends GwtApplication {
    private BrowserPlatform platform;
    private KvCacheApp app;
    private BrowserFrames frames;

    @Override
    public GwtApplicationConfiguration getConfig() {
        // 0 x 0 means "fill the browser window and follow its size".
        GwtApplicationConfiguration config = new GwtApplicationConfiguration(0, 0, true);
        config.padHorizontal = 0;
        config.padVertical = 0;
        // Kept after a frame is shown, so a playing frame repaints only the scene and leaves the panels
        // (RedrawRule): keeping it costs a copy of the window a frame (1.8 ms at 1600x1000 under
        // SwiftShader, html/perf/floor), not repainting the panels saves far more (README).
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
        app = new KvCacheApp(platform);
        JsApi.install(app, platform);
        return app;
    }

    /** The backend's loop would ask for an animation frame forever: this one stops while the app is idle. */
    @Override
    protected void setupMainLoop() {
        frames = new BrowserFrames(this);
        platform.useFrames(frames, app);
        Window.addResizeHandler(new ResizeHandler() {
            @Override
            public void onResize(ResizeEvent event) {
                // The backend resizes the canvas in its own handler; the next frame lays the app out for it.
                app.wake();
            }
        });
        frames.start();
    }

    /** A runnable (a timer's task, a late result) runs in the next frame: ask for one. */
    @Override
    public void postRunnable(Runnable runnable) {
        super.postRunnable(runnable);
        if (frames != null) {
            frames.request();
        }
    }
}
