package dev.kvcache.desktop.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.awt.image.BufferedImage;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Runs the packaged jar in a real window (Xvfb + Mesa in CI), writes a screenshot and checks it. */
class DesktopWindowIT {
    private static final File JAR = new File("target/kvcache-desktop.jar");
    private static final File OUT = new File("target/e2e");

    @ParameterizedTest
    @CsvSource({"1600, 1000", "1280, 720", "3840, 2160", "480, 320", "320, 480"})
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

    /**
     * Seeded, paused scenarios: the banks in the picture match the figures the app reports. One GPU
     * (without FlashAttention the workspace would take a second, and past one GPU the cluster shows).
     */
    @ParameterizedTest
    @CsvSource({"0, 1600, 1000", "1, 1600, 1000", "1, 1200, 800"})
    void banksShowWhatTheStateSays(int flash, int width, int height) throws Exception {
        String display = System.getenv("DISPLAY");
        EndToEndEnvironment.require(display != null && !display.isEmpty(), "no DISPLAY: run under Xvfb");
        Files.createDirectories(OUT.toPath());
        File png = new File(OUT, "desktop-banks-fa" + flash + "-" + width + "x" + height + ".png");
        Result result = runJar("--model", "llama-3.1-8b", "--gpu", "h100", "--gpus", "1", "--batch", "4",
                "--context", "128K", "--tokens", "65536", "--paused", "1", "--fa", Integer.toString(flash), "--pa", "1", "--seed", "1",
                "--speed", "1", "--weights", "1", "--screenshot", png.getPath(), "--frames", "60",
                "--width", Integer.toString(width), "--height", Integer.toString(height));
        assertEquals(0, result.exitCode, result.output);
        String viewLine = result.output.lines().filter(l -> l.startsWith("kvcache: view ")).findFirst()
                .orElseThrow(() -> new AssertionError("no view line in:\n" + result.output));
        @SuppressWarnings("unchecked")
        Map<String, Object> view = new ObjectMapper().readValue(viewLine.substring("kvcache: view ".length()), Map.class);
        assertTrue(((Number) view.get("weightStripes")).intValue() > 0, "weights on screen: " + view);
        assertEquals(List.of(), SceneChecks.bankProblems(ImageIO.read(png), view), png + " vs " + view);
    }

    /**
     * Extreme windows (a strip 100 px tall, a sliver 100 px wide, the smallest supported phone
     * window, an 8K screen) and small ones with the longest names, FlashAttention on: the regions
     * the app reports do not overlap, the banner covers neither the die nor a column, the die lies
     * in the scene, the drawn panels do not overlap each other or leave their column, the budget
     * legend's entries do not overlap, and every control's label fits inside it.
     */
    @ParameterizedTest
    @CsvSource({"7680, 100, deepseek-v2-lite, h100", "100, 4320, deepseek-v2-lite, h100",
        "320, 480, qwen3-next-80b, b300", "7680, 4320, deepseek-v2-lite, h100", "1280, 720, deepseek-v2-lite, h100",
        "1280, 720, qwen3-next-80b, b300", "900, 600, deepseek-v2-lite, b300"})
    void extremeWindowsKeepTheirRegionsApart(int width, int height, String model, String gpu) throws Exception {
        String display = System.getenv("DISPLAY");
        EndToEndEnvironment.require(display != null && !display.isEmpty(), "no DISPLAY: run under Xvfb");
        Files.createDirectories(OUT.toPath());
        File png = new File(OUT, "desktop-layout-" + width + "x" + height + "-" + gpu + ".png");
        Result result = runJar("--model", model, "--gpu", gpu, "--fa", "1", "--screenshot",
                png.getPath(), "--frames", "30", "--width", Integer.toString(width), "--height",
                Integer.toString(height));
        assertEquals(0, result.exitCode, result.output);
        String uiLine = result.output.lines().filter(l -> l.startsWith("kvcache: ui ")).findFirst()
                .orElseThrow(() -> new AssertionError("no ui line in:\n" + result.output));
        @SuppressWarnings("unchecked")
        Map<String, Object> ui = new ObjectMapper().readValue(uiLine.substring("kvcache: ui ".length()), Map.class);
        assertEquals(List.of(), LayoutChecks.problems(ui, width, height), width + "x" + height + ": " + ui);
    }

    /**
     * The performance panel and the live chart show in the serving band at the foot of the scene at
     * 1600x1000 and 1280x720, beside each other, with every region and panel apart; at 1600x1000 the
     * die keeps the size it has without the band, and every side panel still shows; at 1280x720 the
     * formula still shows its live paragraph.
     */
    @ParameterizedTest
    @CsvSource({"1600, 1000", "1280, 720"})
    void thePerformancePanelAndChartAreDrawnWithoutOverlap(int width, int height) throws Exception {
        String display = System.getenv("DISPLAY");
        EndToEndEnvironment.require(display != null && !display.isEmpty(), "no DISPLAY: run under Xvfb");
        Files.createDirectories(OUT.toPath());
        File png = new File(OUT, "desktop-serving-" + width + "x" + height + ".png");
        Result result = runJar("--model", "llama-3.1-8b", "--gpu", "h100", "--batch", "8", "--context", "128K",
                "--speed", "10", "--screenshot", png.getPath(), "--frames", "90", "--width",
                Integer.toString(width), "--height", Integer.toString(height));
        assertEquals(0, result.exitCode, result.output);
        String uiLine = result.output.lines().filter(l -> l.startsWith("kvcache: ui ")).findFirst()
                .orElseThrow(() -> new AssertionError("no ui line in:\n" + result.output));
        @SuppressWarnings("unchecked")
        Map<String, Object> ui = new ObjectMapper().readValue(uiLine.substring("kvcache: ui ".length()), Map.class);
        assertEquals(List.of(), LayoutChecks.problems(ui, width, height), width + "x" + height + ": " + ui);
        Map<?, ?> drawn = (Map<?, ?>) ui.get("panelsDrawn");
        double[] band = LayoutChecks.rect(((Map<?, ?>) ui.get("regions")).get("serving"));
        double[] panel = LayoutChecks.rect(drawn.get("performance"));
        double[] chart = LayoutChecks.rect(drawn.get("chart"));
        assertTrue(LayoutChecks.area(panel) > 0 && LayoutChecks.inside(panel, band), "the panel in the band: " + ui);
        assertTrue(LayoutChecks.area(chart) > 0 && LayoutChecks.inside(chart, band), "the chart in the band: " + ui);
        assertFalse(LayoutChecks.overlap(panel, chart), "the chart beside the panel");
        assertTrue(chart[0] > panel[0], "the chart right of the panel");
        // At 1280x720 neither the whole formula nor its counting fits the column: its live paragraph does.
        assertTrue(LayoutChecks.area(LayoutChecks.rect(drawn.get("formula"))) > 0, "the formula drawn: " + drawn);
        if (width == 1600) {
            double[] die = LayoutChecks.rect(((Map<?, ?>) ui.get("regions")).get("die"));
            assertTrue(die[2] >= 310, "the die keeps its 1600x1000 size (311 px): " + die[2]);
            for (String name : new String[] {"warnings", "info", "formula", "papers", "budget"}) {
                assertTrue(LayoutChecks.area(LayoutChecks.rect(drawn.get(name))) > 0, name + " still drawn: " + drawn);
            }
        }
    }

    /**
     * At 1600x1000 the whole formula of Gemma-3-27B with prefix caching (its sliding-window sentences
     * and the prefix-caching paragraph), and of Llama-4-Scout with eviction (its chunked layers and
     * what StreamingLLM reports), and of Llama-3.1-70B with KV offload (its live offload sentence),
     * was too tall for the side column and the panel was left out; their
     * counting (FormulaForm.COUNTING) fits, so the formula shows, with nothing overlapping.
     */
    @ParameterizedTest
    @CsvSource({"prefix, --model gemma-3-27b --gpu l40s --batch 4 --context 32K --pa 1 --prefix chat",
        "eviction, --model llama-4-scout --gpu h100 --batch 8 --context 1M --evict window:2000",
        "offload, --model llama-3.1-70b --gpu a100-80 --precision int4 --kv fp8 --batch 8 --context 64K --offload 64"})
    void aFormulaTooLongForTheColumnStillShowsItsCounting(String name, String scenario) throws Exception {
        String display = System.getenv("DISPLAY");
        EndToEndEnvironment.require(display != null && !display.isEmpty(), "no DISPLAY: run under Xvfb");
        Files.createDirectories(OUT.toPath());
        File png = new File(OUT, "desktop-formula-" + name + "-1600x1000.png");
        List<String> args = new ArrayList<>(List.of(scenario.split(" ")));
        args.addAll(List.of("--screenshot", png.getPath(), "--frames", "60", "--width", "1600", "--height", "1000"));
        Result result = runJar(args.toArray(new String[0]));
        assertEquals(0, result.exitCode, result.output);
        String uiLine = result.output.lines().filter(l -> l.startsWith("kvcache: ui ")).findFirst()
                .orElseThrow(() -> new AssertionError("no ui line in:\n" + result.output));
        @SuppressWarnings("unchecked")
        Map<String, Object> ui = new ObjectMapper().readValue(uiLine.substring("kvcache: ui ".length()), Map.class);
        assertEquals(List.of(), LayoutChecks.problems(ui, 1600, 1000), ui.toString());
        Map<?, ?> drawn = (Map<?, ?>) ui.get("panelsDrawn");
        assertTrue(LayoutChecks.area(LayoutChecks.rect(drawn.get("formula"))) > 0, "the formula drawn: " + drawn);
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
