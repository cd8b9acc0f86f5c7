package dev.kvcache.app;

import dev.kvcache.ui.FontSource;
import java.util.ArrayList;
import java.util.List;

/** A platform for tests: no fonts, and it records what the platform was asked to do. */
final class TestPlatform implements Platform {
    final List<String> calls = new ArrayList<>();

    @Override
    public FontSource createFontSource() {
        throw new UnsupportedOperationException("no fonts in unit tests");
    }

    @Override
    public void frameDrawn(KvCacheApp app) {
    }

    @Override
    public String saveScreenshot() {
        calls.add("screenshot");
        return "screenshot";
    }

    @Override
    public String toggleFullscreen() {
        calls.add("fullscreen");
        return "fullscreen";
    }

    @Override
    public String shareLink(String query) {
        calls.add("link " + query);
        return "link";
    }
}
