package dev.kvcache.desktop.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

/** The jar with the link's names as options, good and bad ones: it starts, draws and exits cleanly. */
class DesktopOptionsIT {
    private static final File JAR = new File("target/kvcache-desktop.jar");
    private static final File OUT = new File("target/e2e");

    @Test
    void scenarioOptionsAndBadValuesStillStartTheApp() throws Exception {
        String display = System.getenv("DISPLAY");
        EndToEndEnvironment.require(display != null && !display.isEmpty(), "no DISPLAY: run under Xvfb");
        Files.createDirectories(OUT.toPath());
        File png = new File(OUT, "desktop-options-1200x800.png");
        Files.deleteIfExists(png.toPath());
        List<String> command = new ArrayList<>(List.of(new File(System.getProperty("java.home"), "bin/java").getPath(),
                "-jar", JAR.getPath(), "--screenshot", png.getPath(), "--frames", "20", "--width", "1200",
                "--height", "800", "--model", "llama-70b", "--context", "1M", "--batch", "99", "--gpu", "nosuchgpu",
                "--cb", "1", "--pa", "1", "--fa", "maybe", "--speed", "10x", "--paused"));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        boolean done = process.waitFor(120, TimeUnit.SECONDS);
        if (!done) {
            process.destroyForcibly();
        }
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, done ? process.exitValue() : -1, "exit code; output:\n" + output);
        assertTrue(png.isFile(), "no screenshot; output:\n" + output);
        assertEquals(1200, ImageIO.read(png).getWidth());
    }

    @Test
    void anUnknownOptionExitsWithCodeTwo() throws Exception {
        Process process = new ProcessBuilder(new File(System.getProperty("java.home"), "bin/java").getPath(),
                "-jar", JAR.getPath(), "--colour", "red").redirectErrorStream(true).start();
        assertTrue(process.waitFor(60, TimeUnit.SECONDS));
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(2, process.exitValue(), output);
        assertTrue(output.contains("unknown option '--colour'"), output);
    }
}
