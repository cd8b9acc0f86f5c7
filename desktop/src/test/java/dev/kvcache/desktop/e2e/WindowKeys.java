package dev.kvcache.desktop.e2e;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.awt.GraphicsEnvironment;
import java.awt.Robot;
import java.awt.event.KeyEvent;
import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/**
 * The packaged jar in a real window with {@code --trace}, and real key presses sent to it through
 * the X server (java.awt.Robot uses XTEST, which Xvfb has): what a person at the keyboard does.
 * Collects the window's trace lines ({@code overlay} and {@code state}) and waits on them.
 */
final class WindowKeys implements AutoCloseable {
    private static final File JAR = new File("target/kvcache-desktop.jar");
    private static final String TRACE = "kvcache: trace ";
    private static final long WAIT_MILLIS = 60_000;

    private final Process process;
    private final Robot robot;
    private final List<Map<String, Object>> traces = new ArrayList<>();
    /**
     * The first trace a wait looks at: the one after the last key press, or the one the last wait
     * returned. Two things can happen between two readings of the window (a pause and the rest
     * after it arrive together), so a wait reads every trace since, not just the newest.
     */
    private int from;
    private final StringBuilder output = new StringBuilder();

    private WindowKeys(Process process, Robot robot) {
        this.process = process;
        this.robot = robot;
        Thread reader = new Thread(this::readOutput, "window-output");
        reader.setDaemon(true);
        reader.start();
    }

    /** Opens the window with {@code scenario} options; waits for its first frame. */
    static WindowKeys open(String... scenario) throws Exception {
        String display = System.getenv("DISPLAY");
        EndToEndEnvironment.require(display != null && !display.isEmpty() && !GraphicsEnvironment.isHeadless(),
                "no DISPLAY (or a headless JDK): run under Xvfb, e.g. `xvfb-run -a -s \"-screen 0 3840x2160x24\""
                        + " ./mvnw verify` (Debian: apt-get install xvfb libxtst6 and a JDK with AWT)");
        List<String> command = new ArrayList<>(List.of(new File(System.getProperty("java.home"), "bin/java").getPath(),
                "-jar", JAR.getPath(), "--trace", "--width", "1280", "--height", "800"));
        command.addAll(List.of(scenario));
        Robot robot = new Robot();
        robot.setAutoDelay(20); // spaces the key events as typing does; nothing waits on it
        WindowKeys window = new WindowKeys(new ProcessBuilder(command).redirectErrorStream(true).start(), robot);
        window.waitFor("the window's first frame", t -> true);
        return window;
    }

    private void readOutput() {
        ObjectMapper json = new ObjectMapper();
        try (BufferedReader in = new BufferedReader(new InputStreamReader(process.getInputStream(),
                StandardCharsets.UTF_8))) {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                synchronized (this) {
                    output.append(line, 0, Math.min(line.length(), 200)).append('\n');
                    if (line.startsWith(TRACE)) {
                        @SuppressWarnings("unchecked")
                        Map<String, Object> trace = json.readValue(line.substring(TRACE.length()), Map.class);
                        traces.add(trace);
                    }
                    notifyAll();
                }
            }
        } catch (IOException e) {
            synchronized (this) {
                output.append("reading the window's output failed: ").append(e).append('\n');
                notifyAll();
            }
        }
    }

    /**
     * Waits until a trace since the last key press (or since the one the last wait returned)
     * satisfies {@code condition}; returns the first that does. Fails after a minute.
     */
    synchronized Map<String, Object> waitFor(String what, Predicate<Map<String, Object>> condition)
            throws InterruptedException {
        long end = System.currentTimeMillis() + WAIT_MILLIS;
        while (true) {
            for (int i = from; i < traces.size(); i++) {
                if (condition.test(traces.get(i))) {
                    from = i;
                    return traces.get(i);
                }
            }
            long left = end - System.currentTimeMillis();
            if (left <= 0 || !process.isAlive() && traces.isEmpty()) {
                throw new AssertionError("waited for " + what + "; traces:\n" + summary() + "output:\n" + output);
            }
            wait(Math.min(left, 500));
        }
    }

    /** The overlay and the settings the tests look at, one trace a line. */
    private String summary() {
        StringBuilder b = new StringBuilder();
        for (Map<String, Object> trace : traces) {
            Map<String, Object> s = state(trace);
            b.append(overlay(trace));
            for (String name : new String[] {"model", "batch", "context", "speed", "paused", "fa", "pa", "gpus"}) {
                b.append(' ').append(name).append('=').append(s.get(name));
            }
            b.append('\n');
        }
        return b.toString();
    }

    /** Every trace so far, oldest first. */
    synchronized List<Map<String, Object>> traces() {
        return new ArrayList<>(traces);
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> state(Map<String, Object> trace) {
        return (Map<String, Object>) trace.get("state");
    }

    static String overlay(Map<String, Object> trace) {
        return (String) trace.get("overlay");
    }

    /** Types {@code text} key by key: letters, digits, space, '-', '=', '.', '`' and '\n' for Enter. */
    void type(String text) {
        for (char c : text.toCharArray()) {
            press(keyFor(c));
        }
    }

    void press(int keyCode) {
        synchronized (this) {
            from = traces.size();
        }
        robot.keyPress(keyCode);
        robot.keyRelease(keyCode);
    }

    private static int keyFor(char c) {
        if (c >= 'a' && c <= 'z') {
            return KeyEvent.VK_A + (c - 'a');
        }
        if (c >= '0' && c <= '9') {
            return KeyEvent.VK_0 + (c - '0');
        }
        switch (c) {
            case ' ':
                return KeyEvent.VK_SPACE;
            case '-':
                return KeyEvent.VK_MINUS;
            case '=':
                return KeyEvent.VK_EQUALS;
            case '.':
                return KeyEvent.VK_PERIOD;
            case '`':
                return KeyEvent.VK_BACK_QUOTE;
            case '\n':
                return KeyEvent.VK_ENTER;
            default:
                throw new IllegalArgumentException("no key for '" + c + "'");
        }
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(20, TimeUnit.SECONDS)) {
            process.destroyForcibly();
        }
    }
}
