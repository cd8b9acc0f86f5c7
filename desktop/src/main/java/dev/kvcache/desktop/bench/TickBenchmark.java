package dev.kvcache.desktop.bench;

import com.sun.management.ThreadMXBean;
import dev.kvcache.sim.SimEvent;
import dev.kvcache.sim.SimEventListener;
import dev.kvcache.sim.Simulation;
import java.lang.management.ManagementFactory;
import java.util.Arrays;
import java.util.function.Supplier;

/**
 * Times {@link Simulation#step()} on one scenario: a throwaway simulation of it run for a fixed time
 * so the JIT has compiled the tick (a small tick takes about a million ticks to reach its compiled
 * cost: 100-300 ns before, 25 ns after), then a fresh one's warm-up ticks, then several runs of
 * many ticks; reports the median run's nanoseconds per tick, single-tick percentiles (p99, p99.9,
 * max: the max can include the OS descheduling the thread), and the bytes allocated per tick by
 * this thread (the JVM's per-thread allocation counter).
 */
final class TickBenchmark {
    /** Drains like the view does once a frame, discarding the events. */
    private static final SimEventListener DISCARD = new SimEventListener() {
        @Override
        public void onEvent(SimEvent event) {
            // Nothing: the benchmark measures the simulation, not a view.
        }
    };

    /** Results of one scenario. */
    static final class Result {
        double medianNanosPerTick;
        long maxTickNanos;
        long p99TickNanos;
        long p999TickNanos;
        double allocatedBytesPerTick;
        long extentsAtEnd;
        int gpusAtEnd;

        /** One line a fork prints for its parent. */
        String toLine() {
            return medianNanosPerTick + " " + maxTickNanos + " " + allocatedBytesPerTick + " " + extentsAtEnd + " "
                    + gpusAtEnd + " " + p99TickNanos + " " + p999TickNanos;
        }

        static Result fromLine(String line) {
            String[] parts = line.trim().split(" ");
            Result r = new Result();
            r.medianNanosPerTick = Double.parseDouble(parts[0]);
            r.maxTickNanos = Long.parseLong(parts[1]);
            r.allocatedBytesPerTick = Double.parseDouble(parts[2]);
            r.extentsAtEnd = Long.parseLong(parts[3]);
            r.gpusAtEnd = Integer.parseInt(parts[4]);
            r.p99TickNanos = Long.parseLong(parts[5]);
            r.p999TickNanos = Long.parseLong(parts[6]);
            return r;
        }
    }

    private final long jitWarmupMillis;
    private final int warmupTicks;
    private final int runs;
    private final int ticksPerRun;

    TickBenchmark(long jitWarmupMillis, int warmupTicks, int runs, int ticksPerRun) {
        this.jitWarmupMillis = jitWarmupMillis;
        this.warmupTicks = warmupTicks;
        this.runs = runs;
        this.ticksPerRun = ticksPerRun;
    }

    /** The harness parameters as JSON members. */
    String describe() {
        return "\"jitWarmupMillis\":" + jitWarmupMillis + ",\"warmupTicks\":" + warmupTicks + ",\"runsPerFork\":"
                + runs + ",\"ticksPerRun\":" + ticksPerRun + ",";
    }

    /**
     * Warms the JIT on one simulation of {@code scenario}, then measures a fresh one: the measured
     * ticks see the very state they saw without the warm-up (same seed), only compiled.
     */
    Result measure(Supplier<Simulation> scenario) {
        Simulation throwaway = scenario.get();
        long end = System.nanoTime() + jitWarmupMillis * 1_000_000L;
        while (System.nanoTime() < end) {
            for (int t = 0; t < 1_000; t++) {
                tick(throwaway);
            }
        }
        return measure(scenario.get());
    }

    /**
     * Throughput runs read the clock once per run, never per tick (a clock read costs tens of
     * nanoseconds, a fifth of a small tick); a separate pass of as many ticks times each tick for
     * the percentiles.
     */
    private Result measure(Simulation sim) {
        ThreadMXBean threads = (ThreadMXBean) ManagementFactory.getThreadMXBean();
        long threadId = Thread.currentThread().getId();
        for (int t = 0; t < warmupTicks; t++) {
            tick(sim);
        }
        double[] nanosPerTick = new double[runs];
        long allocated = 0;
        for (int r = 0; r < runs; r++) {
            long bytesBefore = threads.getThreadAllocatedBytes(threadId);
            long runStart = System.nanoTime();
            for (int t = 0; t < ticksPerRun; t++) {
                tick(sim);
            }
            nanosPerTick[r] = (double) (System.nanoTime() - runStart) / ticksPerRun;
            allocated += threads.getThreadAllocatedBytes(threadId) - bytesBefore;
        }
        long[] tickNanos = new long[runs * ticksPerRun];
        for (int t = 0; t < tickNanos.length; t++) {
            long tickStart = System.nanoTime();
            sim.step();
            tickNanos[t] = System.nanoTime() - tickStart;
            sim.events().drain(DISCARD);
        }
        Arrays.sort(nanosPerTick);
        Result result = new Result();
        result.medianNanosPerTick = nanosPerTick[runs / 2];
        Arrays.sort(tickNanos);
        result.maxTickNanos = tickNanos[tickNanos.length - 1];
        result.p99TickNanos = tickNanos[(int) (tickNanos.length * 0.99)];
        result.p999TickNanos = tickNanos[(int) (tickNanos.length * 0.999)];
        result.allocatedBytesPerTick = (double) allocated / ((long) runs * ticksPerRun);
        result.extentsAtEnd = sim.blocks().extentCount();
        result.gpusAtEnd = sim.memory().gpuCount();
        return result;
    }

    private static void tick(Simulation sim) {
        sim.step();
        sim.events().drain(DISCARD);
    }
}
