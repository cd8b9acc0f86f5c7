package dev.kvcache.host;

import java.util.ArrayList;
import java.util.List;

/** Platform services for tests: it records what the platform was asked to do. */
public final class TestPlatform implements PlatformServices {
    final List<String> calls = new ArrayList<>();

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
