package dev.kvcache.html.client;

import com.badlogic.gdx.backends.gwt.GwtGraphics;
import com.google.gwt.user.client.Window;
import dev.kvcache.app.KvCacheApp;
import dev.kvcache.app.Platform;
import dev.kvcache.host.DrawingBuffer;
import dev.kvcache.host.Motion;
import dev.kvcache.host.NoticeSink;
import dev.kvcache.host.RenderMode;
import dev.kvcache.host.SettingsStorage;
import dev.kvcache.host.TextEntry;
import dev.kvcache.render.PointerPrecision;
import dev.kvcache.scenario.QueryString;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Browser services: the URL query as the startup scenario, saved settings in
 * local storage, links written to the address bar and the clipboard, papers opened in a new tab,
 * screenshots as a PNG download, telling mouse from touch, the page's prefers-reduced-motion, and
 * the page's live region ({@code #kvcache-status}) for screen readers, on touch screens a native
 * text box over the model search so the phone's keyboard opens, and the page's frame loop.
 */
final class BrowserPlatform implements Platform {
    private final BrowserTextEntry textEntry = new BrowserTextEntry(new Runnable() {
        @Override
        public void run() {
            if (app != null) {
                app.wake();
            }
        }
    });
    private boolean screenshotWanted;
    private boolean frameImageWanted;
    /** The launcher's frame loop and the app it draws; null until the backend has set the app up. */
    private BrowserFrames frames;
    private KvCacheApp app;
    /** The mode asked for before the loop existed. */
    private RenderMode rendering = RenderMode.CONTINUOUS;

    BrowserPlatform() {
        trackPointerKind();
        trackMotionPreference();
    }

    /** The page's devicePixelRatio, by which the launcher sizes the canvas in physical pixels. */
    /** The canvas keeps its pixels between frames (HtmlLauncher's preserveDrawingBuffer). */
    @Override
    public DrawingBuffer drawingBuffer() {
        return DrawingBuffer.KEPT;
    }

    @Override
    public float density() {
        return (float) GwtGraphics.getNativeScreenDensity();
    }

    /** A finger when the page's main pointer is coarse (CSS pointer media query): phones and tablets. */
    @Override
    public PointerPrecision pointerPrecision() {
        return coarsePointer() ? PointerPrecision.COARSE : PointerPrecision.FINE;
    }

    static native boolean coarsePointer() /*-{
        return !!($wnd.matchMedia && $wnd.matchMedia('(pointer: coarse)').matches);
    }-*/;

    /** Hands over the launcher's frame loop, which from now on draws as {@code drawn} asks. */
    void useFrames(BrowserFrames loop, KvCacheApp drawn) {
        frames = loop;
        app = drawn;
        frames.setMode(rendering);
    }

    /** The backend ignores libGDX's switch: the launcher's loop stops asking for animation frames instead. */
    @Override
    public void setRendering(RenderMode mode) {
        rendering = mode;
        if (frames != null) {
            frames.setMode(mode);
        }
    }

    @Override
    public void requestFrame() {
        if (frames != null) {
            frames.request();
        }
    }

    /** The invisible search box that opens a touch screen's keyboard over the drawn field. */
    @Override
    public TextEntry textEntry() {
        return textEntry;
    }

    @Override
    public void frameDrawn(KvCacheApp app) {
        // Inside the frame, so the image is this frame's whatever the canvas keeps.
        if (screenshotWanted) {
            screenshotWanted = false;
            downloadCanvas();
        }
        if (frameImageWanted) {
            frameImageWanted = false;
            publishFrameImage();
        }
    }

    /** Puts the next frame drawn, as a PNG data URL, in {@code window.__kvcacheFrame} (window.kvcache.capture()). */
    void captureNextFrame() {
        frameImageWanted = true;
    }

    /** The address bar's query, decoded by core's strict decoder (GWT's and the JDK's throw on bad UTF-8). */
    @Override
    public Map<String, String> startupParameters(NoticeSink notices) {
        List<String> problems = new ArrayList<String>();
        Map<String, String> params = QueryString.parse(Window.Location.getQueryString(), problems);
        for (String problem : problems) {
            notices.notice("link: " + problem);
        }
        return params;
    }

    @Override
    public SettingsStorage settingsStorage() {
        return new BrowserSettings();
    }

    @Override
    public String saveScreenshot() {
        screenshotWanted = true;
        return "screenshot downloaded as kvcache.png";
    }

    @Override
    public String shareLink(String query) {
        String link = publish(query);
        return "link copied: " + link;
    }

    /** A new tab, opened while the click or key that asked is being handled (browsers block it later). */
    @Override
    public void openLink(String url, NoticeSink notices) {
        notices.notice(openTab(url) ? "opened " + url : "the browser blocked the new tab for " + url);
    }

    @Override
    public Motion systemMotion() {
        return prefersReducedMotion() ? Motion.REDUCED : Motion.FULL;
    }

    @Override
    public native void announce(String text) /*-{
        var region = $doc.getElementById('kvcache-status');
        if (region) { region.textContent = text; }
    }-*/;

    @Override
    public native boolean lastPointerWasMouse() /*-{
        return !!$wnd.__kvcacheMouse;
    }-*/;

    /**
     * Browser clicks are not taps (the page clicks to focus): remember whether a mouse or a finger
     * pressed last. Every mousedown counts as mouse, including the compatibility mouse events a
     * browser fires after a touch: the finger's tap has already been handled on touchend, and
     * counting the echo as a second tap would undo it.
     */
    private static native void trackPointerKind() /*-{
        $wnd.__kvcacheMouse = false;
        $doc.addEventListener('touchstart', function() { $wnd.__kvcacheMouse = false; }, true);
        $doc.addEventListener('mousedown', function() { $wnd.__kvcacheMouse = true; }, true);
    }-*/;

    /**
     * The page's prefers-reduced-motion, kept in a flag that a media-query listener updates, so the
     * frame's read is a property load rather than a style query; a change asks for a frame, so an
     * idle page follows it too.
     */
    private native void trackMotionPreference() /*-{
        var query = $wnd.matchMedia ? $wnd.matchMedia('(prefers-reduced-motion: reduce)') : null;
        $wnd.__kvcacheReducedMotion = !!(query && query.matches);
        if (!query) { return; }
        var self = this;
        var follow = $entry(function(e) {
            $wnd.__kvcacheReducedMotion = !!e.matches;
            self.@dev.kvcache.html.client.BrowserPlatform::requestFrame()();
        });
        if (query.addEventListener) { query.addEventListener('change', follow); } else if (query.addListener) { query.addListener(follow); }
    }-*/;

    private static native boolean prefersReducedMotion() /*-{
        return !!$wnd.__kvcacheReducedMotion;
    }-*/;

    /** Opens {@code url} in a new tab that cannot reach back into this page; false when the browser refused. */
    private static native boolean openTab(String url) /*-{
        var tab = $wnd.open(url, '_blank');
        if (!tab) { return false; }
        try { tab.opener = null; } catch (e) {}
        return true;
    }-*/;

    /** Puts the link in the address bar (no reload) and on the clipboard when the page may write it. */
    private static native String publish(String query) /*-{
        var link = $wnd.location.origin + $wnd.location.pathname + '?' + query;
        try { $wnd.history.replaceState(null, '', '?' + query); } catch (e) {}
        try {
            if ($wnd.navigator.clipboard) { $wnd.navigator.clipboard.writeText(link)['catch'](function() {}); }
        } catch (e) {}
        $wnd.__kvcacheLink = link;
        return link;
    }-*/;

    private static native void publishFrameImage() /*-{
        var canvas = $doc.querySelector('canvas');
        $wnd.__kvcacheFrame = canvas ? canvas.toDataURL('image/png') : '';
    }-*/;

    private static native void downloadCanvas() /*-{
        var canvas = $doc.querySelector('canvas');
        if (!canvas) { return; }
        var a = $doc.createElement('a');
        a.href = canvas.toDataURL('image/png');
        a.download = 'kvcache.png';
        $doc.body.appendChild(a);
        a.click();
        $doc.body.removeChild(a);
    }-*/;
}
