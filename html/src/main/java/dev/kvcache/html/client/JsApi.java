package dev.kvcache.html.client;

import dev.kvcache.app.AppWiring;
import dev.kvcache.app.KvCacheApp;
import dev.kvcache.host.RenderMode;
import dev.kvcache.host.ScriptSetters;
import dev.kvcache.input.Action;
import dev.kvcache.sim.FlashMode;

/**
 * Publishes {@code window.kvcache} for tests and power users: {@code frames()} (frames drawn) and
 * {@code sceneFrames()} (those of them that repainted only the scene), {@code capture()} and
 * {@code captureScene()} (the next frame's image, a whole one or one repainting only the scene, in
 * {@code window.__kvcacheFrame}),
 * {@code idle()} (true while the app draws only on change, its frame loop stopped), {@code paused()},
 * {@code state()} (the scenario and memory figures as an object), the original console's setters
 * ({@code setCurrentTokens(n)}, {@code setFlashAttention(b)}, {@code setBatchSize(n)},
 * {@code setAnimationSpeed(x)}, {@code setModel(id)}, {@code setDevice(id)}, each a console line in
 * the link's names; a new model brings its native precisions; a switch takes true/false, 1/0,
 * "on"/"off" or "yes"/"no" and refuses anything else with a notice), {@code run(line)} for
 * any console line, {@code press(actionName)}, {@code overlay()} and {@code ui()} (the layout in
 * canvas pixels: density, font sizes, regions and every control, read-only). Setters queue their command for
 * the next frame's tick boundary and wake an idle app for it; read {@code state()} after a frame to see the effect.
 */
final class JsApi {
    private static KvCacheApp app;
    private static BrowserPlatform platform;

    private JsApi() {
    }

    static void install(KvCacheApp target, BrowserPlatform browser) {
        app = target;
        platform = browser;
        export();
    }

    /** Asks for the next frame's image in window.__kvcacheFrame, drawing one even when idle. */
    static void capture() {
        if (app == null) {
            return;
        }
        platform.captureNextFrame();
        app.wake();
    }

    /**
     * Draws one frame that repaints only the scene, as a playing page does between its whole frames,
     * and puts its image in window.__kvcacheFrame: a test compares it with a whole frame's.
     */
    static void captureScene() {
        if (app == null) {
            return;
        }
        platform.captureNextFrame();
        app.repaintSceneOnce();
    }

    static double frames() {
        return app == null ? 0 : app.framesDrawn();
    }

    static double sceneFrames() {
        return app == null ? 0 : app.sceneFramesDrawn();
    }

    static boolean idle() {
        return app != null && app.renderMode() == RenderMode.ON_CHANGE;
    }

    static boolean paused() {
        return app != null && app.isPaused();
    }

    static String state() {
        AppWiring running = app == null ? null : app.wiring();
        return running == null ? "null" : running.stateJson();
    }

    /** Queues a console line; false when the app is not running yet. */
    static boolean run(String line) {
        AppWiring running = app == null ? null : app.wiring();
        if (running == null || line == null) {
            return false;
        }
        running.commands().submit(line);
        app.wake();
        return true;
    }

    /** Queues an action by its enum name (PLAY_PAUSE, NEXT_MODEL ...); false when unknown. */
    static boolean press(String name) {
        AppWiring running = app == null ? null : app.wiring();
        if (running == null || name == null) {
            return false;
        }
        for (Action action : Action.values()) {
            if (action.name().equalsIgnoreCase(name)) {
                running.commands().perform(action);
                app.wake();
                return true;
            }
        }
        return false;
    }

    /**
     * Queues a switch setter's line when its argument clearly says on or off; otherwise refuses it
     * with a notice and returns false. {@code argument} is JavaScript's String(value).
     */
    static boolean setSwitch(String setter, String consoleName, String argument) {
        AppWiring running = app == null ? null : app.wiring();
        if (running == null) {
            return false;
        }
        String line = ScriptSetters.switchLine(consoleName, argument);
        if (line == null) {
            boolean on = app.host().simulation().settings().flash() == FlashMode.FLASH;
            running.notices().notice(ScriptSetters.refusal(setter, argument, on));
            app.wake();
            return false;
        }
        return run(line);
    }

    static String view() {
        return app == null ? "null" : app.viewJson();
    }

    static String ui() {
        return app == null ? "null" : app.uiJson();
    }

    static String overlay() {
        AppWiring running = app == null ? null : app.wiring();
        return running == null ? "NONE" : running.overlayName();
    }

    private static native void export() /*-{
        var run = function(line) { return @dev.kvcache.html.client.JsApi::run(Ljava/lang/String;)(String(line)); };
        $wnd.kvcache = {
            frames: $entry(function() {
                return @dev.kvcache.html.client.JsApi::frames()();
            }),
            sceneFrames: $entry(function() {
                return @dev.kvcache.html.client.JsApi::sceneFrames()();
            }),
            idle: $entry(function() {
                return @dev.kvcache.html.client.JsApi::idle()();
            }),
            paused: $entry(function() {
                return @dev.kvcache.html.client.JsApi::paused()();
            }),
            state: $entry(function() {
                return JSON.parse(@dev.kvcache.html.client.JsApi::state()());
            }),
            view: $entry(function() {
                return JSON.parse(@dev.kvcache.html.client.JsApi::view()());
            }),
            ui: $entry(function() {
                return JSON.parse(@dev.kvcache.html.client.JsApi::ui()());
            }),
            run: $entry(run),
            capture: $entry(function() {
                @dev.kvcache.html.client.JsApi::capture()();
            }),
            captureScene: $entry(function() {
                @dev.kvcache.html.client.JsApi::captureScene()();
            }),
            press: $entry(function(name) {
                return @dev.kvcache.html.client.JsApi::press(Ljava/lang/String;)(String(name));
            }),
            overlay: $entry(function() {
                return @dev.kvcache.html.client.JsApi::overlay()();
            }),
            setCurrentTokens: $entry(function(n) { return run('tokens = ' + n); }),
            setFlashAttention: $entry(function(b) {
                return @dev.kvcache.html.client.JsApi::setSwitch(Ljava/lang/String;Ljava/lang/String;Ljava/lang/String;)('setFlashAttention', 'fa', String(b));
            }),
            setBatchSize: $entry(function(n) { return run('batch = ' + n); }),
            setAnimationSpeed: $entry(function(x) { return run('speed = ' + x); }),
            setModel: $entry(function(id) { return run('model = ' + id); }),
            setDevice: $entry(function(id) { return run('gpu = ' + id); })
        };
    }-*/;
}
