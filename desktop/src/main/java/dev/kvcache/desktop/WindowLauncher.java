package dev.kvcache.desktop;

import com.badlogic.gdx.backends.lwjgl3.Lwjgl3Application;
import com.badlogic.gdx.backends.lwjgl3.Lwjgl3ApplicationConfiguration;
import com.badlogic.gdx.graphics.glutils.HdpiMode;
import dev.kvcache.app.KvCacheApp;

/** Opens the LWJGL3 window with the shared app. */
final class WindowLauncher {
    private WindowLauncher() {
    }

    static void open(String[] args) {
        WindowOptions options;
        try {
            options = WindowOptions.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println("kvcache: " + e.getMessage());
            System.exit(2);
            return;
        }
        Lwjgl3ApplicationConfiguration config = new Lwjgl3ApplicationConfiguration();
        config.setTitle(KvCacheApp.TITLE);
        config.setWindowedMode(options.width, options.height);
        config.setWindowSizeLimits(1, 1, -1, -1);
        // Draw in physical pixels so FreeType text is rendered at the display's real density.
        config.setHdpiMode(HdpiMode.Pixels);
        config.disableAudio(true);
        config.useVsync(true);
        config.setForegroundFPS(0);
        config.setIdleFPS(30);
        DesktopPlatform platform = new DesktopPlatform(options);
        new Lwjgl3Application(new KvCacheApp(platform), config);
        System.exit(platform.exitCode());
    }
}
