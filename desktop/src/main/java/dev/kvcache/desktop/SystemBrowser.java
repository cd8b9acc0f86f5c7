package dev.kvcache.desktop;

import dev.kvcache.host.NoticeSink;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;

/**
 * Opens a web address in the system's browser: {@code open} on macOS, the URL handler of
 * {@code rundll32} on Windows, {@code xdg-open} elsewhere, the address passed as one argument (no
 * shell). No AWT: {@code java.awt.Desktop} fights GLFW for the main thread on macOS. A launcher that
 * is missing fails at once; one that exits with an error (xdg-open finding no browser) is reported
 * when it exits, on the thread {@code renderThread} runs it on.
 */
final class SystemBrowser {
    private final List<String> command;
    private final Executor renderThread;

    SystemBrowser(List<String> command, Executor renderThread) {
        this.command = Collections.unmodifiableList(new ArrayList<>(command));
        this.renderThread = renderThread;
    }

    /** The launcher of the system this JVM runs on, by {@code os.name}. */
    static List<String> commandForThisSystem() {
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        if (os.startsWith("mac")) {
            return List.of("open");
        }
        if (os.startsWith("windows")) {
            return List.of("rundll32", "url.dll,FileProtocolHandler");
        }
        return List.of("xdg-open");
    }

    /**
     * Starts the launcher on {@code url} and says so in {@code notices}; the returned future completes
     * once the launcher's exit has been handled (at once when it could not start).
     */
    CompletableFuture<Void> open(String url, NoticeSink notices) {
        List<String> args = new ArrayList<>(command);
        args.add(url);
        Process launcher;
        try {
            launcher = new ProcessBuilder(args).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        } catch (IOException | RuntimeException e) {
            notices.notice("no browser available to open " + url + " (" + command.get(0) + ": " + e.getMessage() + ")");
            return CompletableFuture.completedFuture(null);
        }
        notices.notice("opening " + url + " in the system browser");
        return launcher.onExit().thenAccept(done -> {
            int code = done.exitValue();
            if (code != 0) {
                renderThread.execute(() -> notices.notice("no browser opened " + url + " (" + command.get(0)
                        + " exited with " + code + ")"));
            }
        });
    }
}
