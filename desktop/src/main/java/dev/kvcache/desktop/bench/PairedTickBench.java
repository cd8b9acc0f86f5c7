package dev.kvcache.desktop.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.net.URL;
import java.util.Arrays;

/**
 * {@code bench-sim --against OTHER.jar}: this build's tick next to another build's, in one JVM, in
 * short alternating rounds, so that a slow spell of the machine (this 2-core host moves 10-20%
 * between runs) falls on both. Each build has its own class loader, so each is compiled on its own;
 * each scenario gets fresh loaders, so no scenario's JIT profile shapes another's. The figure that
 * answers "does a tick cost more than before?" is the median over rounds of ours / theirs.
 *
 * <p>Each scenario runs in a few sessions, each with fresh loaders compiling both builds anew: how
 * the JIT compiles a build differs from one session to the next (inlining decided on profiles that
 * depend on timing) and the simulation's node arrays land elsewhere in memory: one session's median
 * ratio moved by up to 0.15 between runs where its quartiles were within 0.02, for either build. The
 * rounds of every session are pooled, and each session's median is printed too, so the spread is seen
 * beside the figure.
 */
final class PairedTickBench {
    private final long jitWarmupMillis;
    private final int warmupTicks;
    private final int sessions;
    private final int rounds;
    private final int ticksPerRound;

    /** {@code rounds} rounds in all per scenario, split evenly over {@code sessions} sessions. */
    PairedTickBench(long jitWarmupMillis, int warmupTicks, int sessions, int rounds, int ticksPerRound) {
        if (sessions < 1 || rounds % sessions != 0) {
            throw new IllegalArgumentException(rounds + " rounds do not split into " + sessions + " sessions");
        }
        this.jitWarmupMillis = jitWarmupMillis;
        this.warmupTicks = warmupTicks;
        this.sessions = sessions;
        this.rounds = rounds;
        this.ticksPerRound = ticksPerRound;
    }

    /** A build that cannot run the bench scenarios (not this app, or too old to have them). */
    static final class BuildRefused extends Exception {
        private static final long serialVersionUID = 1L;

        BuildRefused(String message) {
            super(message);
        }
    }

    /** Every scenario, ours against {@code against}'s, as one JSON object. */
    String measure(URL[] ours, URL[] against, String againstName) throws BuildRefused {
        ObjectMapper mapper = new ObjectMapper();
        ObjectNode root = mapper.createObjectNode();
        root.put("against", againstName);
        ObjectNode scenarios = root.putObject("scenarios");
        for (BenchScenario scenario : BenchScenario.values()) {
            double[][] nanos = new double[2][rounds];
            double[] ratios = new double[rounds];
            int perSession = rounds / sessions;
            double[] sessionMedians = new double[sessions];
            for (int session = 0; session < sessions; session++) {
                int from = session * perSession;
                measure(scenario, ours, against, nanos, ratios, from, from + perSession);
                sessionMedians[session] = median(Arrays.copyOfRange(ratios, from, from + perSession));
            }
            ObjectNode s = scenarios.putObject(scenario.jsonName);
            s.put("oursNanosPerTick", round1(median(nanos[0])));
            s.put("againstNanosPerTick", round1(median(nanos[1])));
            s.put("ratioMedian", round3(median(ratios)));
            s.put("ratioQ1", round3(quantile(ratios, 0.25)));
            s.put("ratioQ3", round3(quantile(ratios, 0.75)));
            ArrayNode bySession = s.putArray("sessionRatioMedians");
            for (double m : sessionMedians) {
                bySession.add(round3(m));
            }
            s.put("description", scenario.description);
        }
        ObjectNode harness = root.putObject("harness");
        harness.put("kind", "paired, one JVM, a class loader per build, scenario and session");
        harness.put("sessions", sessions);
        harness.put("jitWarmupMillis", jitWarmupMillis);
        harness.put("warmupTicks", warmupTicks);
        harness.put("rounds", rounds);
        harness.put("ticksPerRound", ticksPerRound);
        harness.put("statistic", "per round, ns per tick of each build (the first to run alternating);"
                + " ratio = ours / against; medians and quartiles over the rounds of every session pooled;"
                + " sessionRatioMedians: each session's own median (JIT warm-up and compilation anew in each)");
        return root.toString();
    }

    /** One session of {@code scenario}: fresh loaders, warm-up, then rounds {@code from} to {@code to}. */
    private void measure(BenchScenario scenario, URL[] ours, URL[] against, double[][] nanos, double[] ratios,
            int from, int to) throws BuildRefused {
        try (BuildLoader oursLoader = new BuildLoader(ours); BuildLoader againstLoader = new BuildLoader(against)) {
            Side[] sides = {new Side(oursLoader, scenario, "this build"), new Side(againstLoader, scenario, "the other build")};
            // JIT warm-up on throwaway simulations, the builds alternating, then fresh ones from tick 0.
            Object[] throwaway = {sides[0].simulation(), sides[1].simulation()};
            long end = System.nanoTime() + jitWarmupMillis * 1_000_000L;
            while (System.nanoTime() < end) {
                sides[0].run(throwaway[0], 1_000);
                sides[1].run(throwaway[1], 1_000);
            }
            Object[] sims = {sides[0].simulation(), sides[1].simulation()};
            sides[0].run(sims[0], warmupTicks);
            sides[1].run(sims[1], warmupTicks);
            for (int r = from; r < to; r++) {
                for (int k = 0; k < 2; k++) {
                    int side = (r + k) % 2;
                    nanos[side][r] = (double) sides[side].run(sims[side], ticksPerRound) / ticksPerRound;
                }
                ratios[r] = nanos[0][r] / nanos[1][r];
            }
        } catch (IOException e) {
            throw new BuildRefused("cannot read a build: " + e.getMessage());
        }
    }

    /** One build's loop and simulation factory, looked up once. */
    private static final class Side {
        private final MethodHandle simulation;
        private final MethodHandle run;
        private final String scenario;
        private final String name;

        Side(ClassLoader loader, BenchScenario scenario, String name) throws BuildRefused {
            this.scenario = scenario.name();
            this.name = name;
            try {
                Class<?> loop = Class.forName(PairedLoop.class.getName(), true, loader);
                MethodHandles.Lookup lookup = MethodHandles.publicLookup();
                simulation = lookup.findStatic(loop, "simulation", MethodType.methodType(Object.class, String.class));
                run = lookup.findStatic(loop, "run", MethodType.methodType(long.class, Object.class, int.class));
            } catch (ReflectiveOperationException | LinkageError e) {
                throw new BuildRefused(name + " has no bench loop: " + e);
            }
        }

        Object simulation() throws BuildRefused {
            try {
                return simulation.invoke(scenario);
            } catch (Throwable e) {
                // An older build without this scenario, or without the simulation the loop calls.
                throw new BuildRefused(name + " cannot build the " + scenario + " scenario: " + e);
            }
        }

        long run(Object sim, int ticks) throws BuildRefused {
            try {
                return (long) run.invoke(sim, ticks);
            } catch (Throwable e) {
                throw new BuildRefused(name + " failed running " + scenario + ": " + e);
            }
        }
    }

    private static double median(double[] values) {
        return quantile(values, 0.5);
    }

    private static double quantile(double[] values, double q) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[(int) Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
    }

    private static double round1(double value) {
        return Math.round(value * 10) / 10.0;
    }

    private static double round3(double value) {
        return Math.round(value * 1000) / 1000.0;
    }
}
