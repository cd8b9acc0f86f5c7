package dev.kvcache.desktop;

/** Opens the LWJGL3 window (filled in by the foundation work). */
final class WindowLauncher {
    private WindowLauncher() {
    }

    static void open(String[] args) {
        throw new UnsupportedOperationException("window not wired yet");
    }
}
