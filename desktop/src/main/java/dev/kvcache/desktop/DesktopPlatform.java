package dev.kvcache.desktop;

import com.badlogic.gdx.Gdx;
import com.badlogic.gdx.backends.lwjgl3.Lwjgl3Graphics;
import com.badlogic.gdx.files.FileHandle;
import com.badlogic.gdx.graphics.Pixmap;
import com.badlogic.gdx.graphics.PixmapIO;
import dev.kvcache.app.KvCacheApp;
import dev.kvcache.app.Platform;
import dev.kvcache.host.Idling;
import dev.kvcache.host.NoticeSink;
import dev.kvcache.host.SettingsPersistence;
import dev.kvcache.host.SettingsStorage;
import java.io.File;
import java.util.Map;
import org.lwjgl.glfw.GLFW;

/**
 * Desktop services: the options as startup parameters, screenshots (key S, and the
 * {@code --screenshot} hook that saves a frame and exits), fullscreen, links to the clipboard, and
 * papers opened in the system browser.
 */
final class DesktopPlatform implements Platform {
    private final WindowOptions options;
    private final StateTrace trace;
    private final float[] contentScaleX = new float[1];
    private final float[] contentScaleY = new float[1];
    private int exitCode;
    private boolean screenshotWanted;

    DesktopPlatform(WindowOptions options) {
        this.options = options;
        this.trace = options.trace ? new StateTrace() : null;
    }

    /** {@code --density}, else the window's content scale from GLFW (the monitor's scale setting). */
    @Override
    public float density() {
        if (options.density > 0f) {
            return options.density;
        }
        if (!(Gdx.graphics instanceof Lwjgl3Graphics)) {
            return 1f;
        }
        GLFW.glfwGetWindowContentScale(((Lwjgl3Graphics) Gdx.graphics).getWindow().getWindowHandle(), contentScaleX,
                contentScaleY);
        float scale = contentScaleX[0];
        return scale > 0f && !Float.isNaN(scale) ? scale : 1f;
    }

    /** A {@code --screenshot} run counts frames to its picture: it must keep drawing, paused or not. */
    @Override
    public Idling idling() {
        return options.screenshotPath == null ? Idling.ALLOWED : Idling.NEVER;
    }

    @Override
    public Map<String, String> startupParameters(NoticeSink notices) {
        return options.scenario;
    }

    @Override
    public SettingsPersistence settingsPersistence() {
        // A --screenshot or --trace run is scripted (tests, docs): it must not read or overwrite the user's settings.
        return options.screenshotPath == null && !options.trace ? SettingsPersistence.SAVED : SettingsPersistence.NONE;
    }

    @Override
    public SettingsStorage settingsStorage() {
        return SettingsFile.inHome();
    }

    @Override
    public void frameDrawn(KvCacheApp app) {
        if (trace != null) {
            trace.frameDrawn(app);
        }
        if (screenshotWanted) {
            screenshotWanted = false;
            // A failed key-S screenshot is only reported: it must not end the run.
            writeFrame("kvcache-" + System.currentTimeMillis() + ".png");
        }
        if (options.screenshotPath == null || app.framesDrawn() != options.frames) {
            return;
        }
        if (writeFrame(options.screenshotPath)) {
            System.out.println("kvcache: wrote " + options.screenshotPath + " after " + options.frames + " frames");
            // What the banks show, for tests that compare the picture with the state.
            System.out.println("kvcache: view " + app.viewJson());
            // How the window is laid out, for tests of extreme sizes.
            System.out.println("kvcache: ui " + app.uiJson());
        } else {
            exitCode = 1;
        }
        Gdx.app.exit();
    }

    private static boolean writeFrame(String path) {
        try {
            Pixmap pixmap = Pixmap.createFromFrameBuffer(0, 0, Gdx.graphics.getBackBufferWidth(),
                    Gdx.graphics.getBackBufferHeight());
            // GL's rows run bottom-up; PNG's run top-down.
            PixmapIO.writePNG(new FileHandle(path), pixmap, -1, true);
            pixmap.dispose();
            return true;
        } catch (RuntimeException e) {
            System.err.println("kvcache: could not write screenshot " + path + ": " + e.getMessage());
            return false;
        }
    }

    @Override
    public String saveScreenshot() {
        screenshotWanted = true;
        return "screenshot saved in " + new File("").getAbsolutePath();
    }

    @Override
    public String toggleFullscreen() {
        if (Gdx.graphics.isFullscreen()) {
            Gdx.graphics.setWindowedMode(options.width, options.height);
            return "windowed";
        }
        Gdx.graphics.setFullscreenMode(Gdx.graphics.getDisplayMode());
        return "fullscreen (F again to leave)";
    }

    @Override
    public String shareLink(String query) {
        StringBuilder command = new StringBuilder("java -jar kvcache-desktop.jar");
        for (String pair : query.split("&")) {
            int equals = pair.indexOf('=');
            command.append(" --").append(pair, 0, equals).append(' ').append(pair.substring(equals + 1));
        }
        Gdx.app.getClipboard().setContents("?" + query + "\n" + command);
        return "copied to the clipboard: ?" + query;
    }

    @Override
    public void openLink(String url, NoticeSink notices) {
        // A late failure arrives on the launcher's thread: notices belong to the render thread.
        new SystemBrowser(SystemBrowser.commandForThisSystem(), task -> Gdx.app.postRunnable(task)).open(url, notices);
    }

    int exitCode() {
        return exitCode;
    }
}
