package dev.kvcache.desktop;

import com.badlogic.gdx.Gdx;
import com.badlogic.gdx.files.FileHandle;
import com.badlogic.gdx.graphics.Pixmap;
import com.badlogic.gdx.graphics.PixmapIO;
import dev.kvcache.app.KvCacheApp;
import dev.kvcache.app.Platform;
import dev.kvcache.desktop.fonts.FreeTypeFontSource;
import dev.kvcache.ui.FontSource;

/** Desktop services: FreeType fonts, and the {@code --screenshot} hook that saves a frame and exits. */
final class DesktopPlatform implements Platform {
    private final WindowOptions options;
    private int exitCode;

    DesktopPlatform(WindowOptions options) {
        this.options = options;
    }

    @Override
    public FontSource createFontSource() {
        return new FreeTypeFontSource();
    }

    @Override
    public void frameDrawn(KvCacheApp app) {
        if (options.screenshotPath == null || app.framesDrawn() != options.frames) {
            return;
        }
        try {
            Pixmap pixmap = Pixmap.createFromFrameBuffer(0, 0, Gdx.graphics.getBackBufferWidth(),
                    Gdx.graphics.getBackBufferHeight());
            // GL's rows run bottom-up; PNG's run top-down.
            PixmapIO.writePNG(new FileHandle(options.screenshotPath), pixmap, -1, true);
            pixmap.dispose();
            System.out.println("kvcache: wrote " + options.screenshotPath + " after " + options.frames + " frames");
        } catch (RuntimeException e) {
            System.err.println("kvcache: could not write screenshot " + options.screenshotPath + ": " + e.getMessage());
            exitCode = 1;
        }
        Gdx.app.exit();
    }

    int exitCode() {
        return exitCode;
    }
}
