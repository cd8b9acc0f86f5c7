package dev.kvcache.desktop.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Runs the packaged jar in a real window (Xvfb + Mesa in CI), writes a screenshot and checks it. */
class DesktopWindowIT {
    private static final File JAR = new File("target/kvcache-desktop.jar");
    private static final File OUT = new File("target/e2e");

    @ParameterizedTest
    @CsvSource({"1600, 1000", "480, 320", "320, 480"})
    void windowShowsDieModulesAndTitle(int width, int height) throws Exception {
        String display = System.getenv("DISPLAY");
        EndToEndEnvironment.require(display != null && !display.isEmpty(),
                "no DISPLAY: run under Xvfb, e.g. `xvfb-run -a -s \"-screen 0 3840x2160x24\" ./mvnw verify`"
                        + " (Debian: apt-get install xvfb libgl1-mesa-dri)");
        Files.createDirectories(OUT.toPath());
        File png = new File(OUT, "desktop-" + width + "x" + height + ".png");
        Files.deleteIfExists(png.toPath());

        Result result = runJar("--screenshot", png.getPath(), "--frames", "20",
                "--width", Integer.toString(width), "--height", Integer.toString(height));

        assertEquals(0, result.exitCode, "exit code; output:\n" + result.output);
        assertTrue(png.isFile(), "no screenshot written; output:\n" + result.output);
        BufferedImage image = ImageIO.read(png);
        assertEquals(width, image.getWidth(), "screenshot width");
        assertEquals(height, image.getHeight(), "screenshot height");
        if (width >= 480 && height >= 480) {
            assertEquals(List.of(), SceneChecks.problems(image), "scene in " + png);
        } else {
            assertTrue(SceneChecks.dieEdgePixels(image) > 40, "die drawn in the small window " + png);
        }
    }

    private static Result runJar(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(new File(System.getProperty("java.home"), "bin/java").getPath());
        command.add("-jar");
        command.add(JAR.getPath());
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        boolean done = process.waitFor(120, TimeUnit.SECONDS);
        if (!done) {
            process.destroyForcibly();
        }
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        return new Result(done ? process.exitValue() : -1, output);
    }

    private static final class Result {
        final int exitCode;
        final String output;

        Result(int exitCode, String output) {
            this.exitCode = exitCode;
            this.output = output;
        }
    }
}
