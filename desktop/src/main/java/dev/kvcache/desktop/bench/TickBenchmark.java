package dev.kvcache.desktop.bench;

import com.sun.management.ThreadMXBean;
import dev.kvcache.sim.SimEvent;
import dev.kvcache.sim.SimEventListener;
import dev.kvcache.sim.Simulation;
import java.lang.management.ManagementFactory;
import java.util.Arrays;

/**
 * Times {@link Simulation#step()} on one scenario: warm-up ticks for the JIT, then several runs of
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

    private final int warmupTicks;
    private final int runs;
    private final int ticksPerRun;

    TickBenchmark(int warmupTicks, int runs, int ticksPerRun) {
        this.warmupTicks = warmupTicks;
        this.runs = runs;
        this.ticksPerRun = ticksPerRun;
    }

    /** The harness parameters as JSON members. */
    String describe() {
        return "\"warmupTicks\":" + warmupTicks + ",\"runsPerFork\":" + runs + ",\"ticksPerRun\":" + ticksPerRun + ",";
    }

    /**
     * Throughput runs read the clock once per run, never per tick (a clock read costs tens of
     * nanoseconds, a fifth of a small tick); a separate pass of as many ticks times each tick for
     * the percentiles.
     */
    Result measure(Simulation sim) {
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
