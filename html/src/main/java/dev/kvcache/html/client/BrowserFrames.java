package dev.kvcache.html.client;

import com.badlogic.gdx.backends.gwt.GwtApplication;
import dev.kvcache.host.RenderMode;

/**
 * The page's frame loop, in place of GwtApplication's. libGDX 1.14's GWT backend asks the browser
 * for the next animation frame at the end of every one, forever, and its Graphics ignores
 * {@code setContinuousRendering} and {@code requestRendering}. This loop runs the backend's own
 * frame ({@code GwtApplication.mainLoop}: resize check, posted runnables, render, input reset)
 * unchanged, but asks for the next animation frame only while the app draws continuously or a
 * frame was requested (an input event, a resize, a script's command, a timer), so an idle page gets
 * no animation-frame callbacks at all.
 */
final class BrowserFrames {
    private final GwtApplication application;
    private RenderMode mode = RenderMode.CONTINUOUS;
    /** An animation frame has been asked for and has not run yet. */
    private boolean scheduled;

    BrowserFrames(GwtApplication application) {
        this.application = application;
    }

    void start() {
        request();
    }

    /** Continuous: an animation frame after every frame; on change: only when {@link #request()}ed. */
    void setMode(RenderMode shown) {
        mode = shown;
        if (mode == RenderMode.CONTINUOUS) {
            request();
        }
    }

    /** Asks for one frame (at most one is ever pending); safe from any event handler. */
    void request() {
        if (!scheduled) {
            scheduled = true;
            requestAnimationFrame();
        }
    }

    /** One animation frame: the backend's frame, then the next request if the app still draws continuously. */
    private void frame() {
        scheduled = false;
        try {
            runBackendFrame(application);
        } catch (Throwable t) {
            // As the backend's loop does: report, and stop the loop rather than fail every frame.
            application.error("GwtApplication", "exception: " + t.getMessage(), t);
            throw new RuntimeException(t);
        }
        if (mode == RenderMode.CONTINUOUS) {
            request();
        }
    }

    /** Through {@code window.requestAnimationFrame}, looked up each time, so a wrapper (a profiler's) sees it. */
    private native void requestAnimationFrame() /*-{
        var self = this;
        $wnd.requestAnimationFrame($entry(function() {
            self.@dev.kvcache.html.client.BrowserFrames::frame()();
        }));
    }-*/;

    /** The backend's frame; package-private in GwtApplication, which JSNI may call. */
    private static native void runBackendFrame(GwtApplication application) /*-{
        application.@com.badlogic.gdx.backends.gwt.GwtApplication::mainLoop()();
    }-*/;
}
