package dev.kvcache.desktop;

import dev.kvcache.app.AppWiring;
import dev.kvcache.app.KvCacheApp;
import dev.kvcache.sim.SimSettings;

/**
 * The {@code --trace} option: after each frame in which the open overlay, the scenario, play/pause
 * or the notices changed, prints one line {@code kvcache: trace {"overlay":...,"state":{...}}}, so a
 * test driving the window with real key presses can follow what they did.
 */
final class StateTrace {
    static final String PREFIX = "kvcache: trace ";

    private String overlay;
    private SimSettings settings;
    private boolean playing;
    private long notices = -1;

    void frameDrawn(KvCacheApp app) {
        AppWiring wiring = app.wiring();
        if (wiring == null) {
            return;
        }
        String nowOverlay = wiring.overlayName();
        SimSettings nowSettings = app.host().simulation().settings();
        boolean nowPlaying = app.host().isPlaying();
        long nowNotices = wiring.noticeCount();
        if (nowOverlay.equals(overlay) && nowSettings == settings && nowPlaying == playing && nowNotices == notices) {
            return;
        }
        overlay = nowOverlay;
        settings = nowSettings;
        playing = nowPlaying;
        notices = nowNotices;
        System.out.println(PREFIX + "{\"overlay\":\"" + overlay + "\",\"state\":" + wiring.stateJson() + "}");
        System.out.flush();
    }
}
