package dev.kvcache.desktop.bench;

import dev.kvcache.desktop.cli.Subcommands;
import java.io.File;
import java.io.IOException;
import java.io.PrintStream;
import java.net.MalformedURLException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.ToLongFunction;

/**
 * {@code bench-sim}: the cost of one simulation tick, small (batch 1, 4K) against large (batch 32,
 * 100M, paging on), and the worst single tick (a static batch at 100M leaving at once), printed as
 * one JSON object. Each scenario runs in {@value #FORKS} fresh JVMs
 * (so no scenario's JIT profile shapes another's), each fork warms up then times several runs; the
 * figure is the median over forks of each fork's median run.
 * Usage: {@code bench-sim [--quick]} (one fork, fewer ticks: a smoke test, not a measurement);
 * {@code bench-sim --against OTHER.jar [--quick]} compares this build's tick with another's ({@link PairedTickBench}).
 */
public final class BenchSimCommand implements Subcommands.Subcommand {
    private static final int FORKS = 3;
    private static final String FORK_FLAG = "--fork";
    private static final String AGAINST_FLAG = "--against";
    private static final String USAGE = "usage: bench-sim [--quick] | bench-sim --against OTHER.jar [--quick]";

    @Override
    public int run(String[] args, PrintStream out, PrintStream err) {
        if (args.length == 2 && FORK_FLAG.equals(args[0])) {
            return runFork(args[1], out, err);
        }
        if (args.length >= 1 && AGAINST_FLAG.equals(args[0])) {
            return runAgainst(args, out, err);
        }
        boolean quick = args.length == 1 && "--quick".equals(args[0]);
        if (args.length > 1 || (args.length == 1 && !quick)) {
            err.println(USAGE);
            return 2;
        }
        TickBenchmark bench = harness(quick);
        BenchJson json = new BenchJson();
        try {
            for (BenchScenario scenario : BenchScenario.values()) {
                json.add(scenario, quick ? bench.measure(scenario::simulation) : forked(scenario, err));
            }
        } catch (ForkFailed e) {
            err.println("bench-sim: " + e.getMessage());
            return 1;
        }
        out.println(json.render(bench, quick ? 1 : FORKS, quick));
        return 0;
    }

    /**
     * Three seconds of JIT warm-up; then the measured run's warm-up covers many fill/finish cycles
     * (about 900 ticks each), and each run spans several too.
     */
    private static TickBenchmark harness(boolean quick) {
        return quick ? new TickBenchmark(200, 5_000, 3, 2_000) : new TickBenchmark(3_000, 30_000, 9, 5_000);
    }

    /**
     * {@code --against OTHER.jar [--quick]}: this build's tick next to another build's (an older
     * {@code kvcache-desktop.jar}), paired in one JVM ({@link PairedTickBench}).
     */
    private static int runAgainst(String[] args, PrintStream out, PrintStream err) {
        boolean quick = args.length == 3 && "--quick".equals(args[2]);
        if (args.length < 2 || args.length > 3 || (args.length == 3 && !quick)) {
            err.println(USAGE);
            return 2;
        }
        PairedTickBench bench = quick ? new PairedTickBench(200, 2_000, 1, 5, 500) : new PairedTickBench(2_500, 30_000, 8, 320, 5_000);
        String missing = firstMissing(args[1]);
        if (missing != null) {
            err.println("bench-sim: --against needs a build's jar (or class path); no file " + missing + ", kept nothing");
            return 2;
        }
        try {
            out.println(bench.measure(classPath(System.getProperty("java.class.path")), classPath(args[1]), args[1]));
            return 0;
        } catch (PairedTickBench.BuildRefused | MalformedURLException e) {
            err.println("bench-sim: " + e.getMessage());
            return 1;
        }
    }

    /** A build's jar or class path (entries joined by the path separator) as URLs. */
    private static URL[] classPath(String path) throws MalformedURLException {
        String[] entries = path.split(File.pathSeparator);
        URL[] urls = new URL[entries.length];
        for (int i = 0; i < entries.length; i++) {
            urls[i] = new File(entries[i]).toURI().toURL();
        }
        return urls;
    }

    private static String firstMissing(String path) {
        for (String entry : path.split(File.pathSeparator)) {
            if (entry.isEmpty() || !new File(entry).exists()) {
                return entry;
            }
        }
        return null;
    }

    private static int runFork(String name, PrintStream out, PrintStream err) {
        BenchScenario scenario;
        try {
            scenario = BenchScenario.valueOf(name);
        } catch (IllegalArgumentException e) {
            err.println("bench-sim: no scenario " + name);
            return 2;
        }
        out.println(harness(false).measure(scenario::simulation).toLine());
        return 0;
    }

    /** The median fork (by median tick time) of {@value #FORKS} fresh JVMs running {@code scenario}. */
    private static TickBenchmark.Result forked(BenchScenario scenario, PrintStream err) throws ForkFailed {
        List<TickBenchmark.Result> results = new ArrayList<>();
        String javaBinary = ProcessHandle.current().info().command().orElse("java");
        String classpath = System.getProperty("java.class.path");
        for (int f = 0; f < FORKS; f++) {
            List<String> command = Arrays.asList(javaBinary, "-cp", classpath, "dev.kvcache.desktop.DesktopLauncher",
                    "bench-sim", FORK_FLAG, scenario.name());
            try {
                Process process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT).start();
                String line = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
                if (process.waitFor() != 0) {
                    throw new ForkFailed("fork for " + scenario + " exited with " + process.exitValue());
                }
                results.add(TickBenchmark.Result.fromLine(line));
            } catch (IOException e) {
                throw new ForkFailed("cannot start a fork: " + e.getMessage());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new ForkFailed("interrupted");
            }
        }
        results.sort((a, b) -> Double.compare(a.medianNanosPerTick, b.medianNanosPerTick));
        TickBenchmark.Result median = results.get(results.size() / 2);
        // Single-tick figures from the median fork too, so one fork the OS descheduled cannot decide
        // them; allocation from the worst fork, as any allocation at all is a finding.
        median.maxTickNanos = medianOf(results, r -> r.maxTickNanos);
        median.p99TickNanos = medianOf(results, r -> r.p99TickNanos);
        median.p999TickNanos = medianOf(results, r -> r.p999TickNanos);
        for (TickBenchmark.Result r : results) {
            median.allocatedBytesPerTick = Math.max(median.allocatedBytesPerTick, r.allocatedBytesPerTick);
        }
        return median;
    }

    private static long medianOf(List<TickBenchmark.Result> results, ToLongFunction<TickBenchmark.Result> figure) {
        long[] values = results.stream().mapToLong(figure).sorted().toArray();
        return values[values.length / 2];
    }

    /** A fork that did not report. */
    private static final class ForkFailed extends Exception {
        private static final long serialVersionUID = 1L;

        ForkFailed(String message) {
            super(message);
        }
    }
}
