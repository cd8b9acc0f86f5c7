package dev.kvcache.desktop;

import dev.kvcache.app.AppWiring;
import dev.kvcache.app.KvCacheApp;
import dev.kvcache.host.RenderMode;
import dev.kvcache.sim.SimSettings;

/**
 * The {@code --trace} option: after each frame in which the open overlay, the scenario, play/pause,
 * the notices or the rendering (every frame, or only on change) changed, prints one line
 * {@code kvcache: trace {"overlay":...,"rendering":...,"frames":N,"state":{...}}}, so a test driving
 * the window with real key presses can follow what they did, and count the frames drawn.
 */
final class StateTrace {
    static final String PREFIX = "kvcache: trace ";

    private String overlay;
    private SimSettings settings;
    private boolean playing;
    private long notices = -1;
    private RenderMode rendering;

    void frameDrawn(KvCacheApp app) {
        AppWiring wiring = app.wiring();
        if (wiring == null) {
            return;
        }
        String nowOverlay = wiring.overlayName();
        SimSettings nowSettings = app.host().simulation().settings();
        boolean nowPlaying = app.host().isPlaying();
        long nowNotices = wiring.noticeCount();
        RenderMode nowRendering = app.renderMode();
        if (nowOverlay.equals(overlay) && nowSettings == settings && nowPlaying == playing && nowNotices == notices
                && nowRendering == rendering) {
            return;
        }
        overlay = nowOverlay;
        settings = nowSettings;
        playing = nowPlaying;
        notices = nowNotices;
        rendering = nowRendering;
        System.out.println(PREFIX + "{\"overlay\":\"" + overlay + "\",\"rendering\":\"" + rendering
                + "\",\"frames\":" + app.framesDrawn() + ",\"state\":" + wiring.stateJson() + "}");
        System.out.flush();
    }
}
