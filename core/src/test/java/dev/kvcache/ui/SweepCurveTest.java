package dev.kvcache.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kvcache.TestCatalog;
import dev.kvcache.host.SimulationHost;
import dev.kvcache.memory.Scenario;
import dev.kvcache.memory.ScenarioFigures;
import dev.kvcache.sim.GpuCount;
import dev.kvcache.sim.RequestSizes;
import dev.kvcache.sim.SimSettings;
import dev.kvcache.timing.ServingPerformance;
import dev.kvcache.timing.ServingSweep;
import dev.kvcache.timing.TimingSettings;
import org.junit.jupiter.api.Test;

/**
 * The chart's curve is the sweep's for the scene: its mean request on the layout the formula
 * describes; every dot is the sweep's point at its batch, the wall is the sweep's KV limit, today's
 * point is the scene's batch, and the curve is worked out when the scenario changes only.
 */
class SweepCurveTest {
    private static SimulationHost host(long context, int batch) {
        SimSettings settings = SimSettings.builder().modelId("llama-3.1-8b").deviceId("h100").batch(batch)
                .contextTokens(context).gpuCount(GpuCount.AUTO).build();
        return new SimulationHost(TestCatalog.get(), settings);
    }

    private static ServingSweep sweepFor(SimulationHost host) {
        ScenarioFigures figures = host.figures();
        SimSettings fixed = host.simulation().settings().toBuilder()
                .layout(figures.scenario.tp, figures.scenario.pp, figures.scenario.cp).build();
        long context = fixed.contextTokens();
        return ServingSweep.of(Scenario.of(fixed, host.model(), host.device()), TimingSettings.DEFAULT,
                RequestSizes.meanPrompt(context), RequestSizes.meanOutput(context));
    }

    @Test
    void everyDotIsTheSweepsPointOnTheScenesLayout() {
        SimulationHost host = host(131_072, 8);
        SweepCurve curve = new SweepCurve();
        assertTrue(curve.refresh(host));
        ServingSweep sweep = sweepFor(host);
        // Batch 8 at 128K needs two H100s; the chart serves on those two, tensor parallel.
        assertEquals(2, host.figures().scenario.gpus());
        assertEquals(2, sweep.layout.tp);
        assertEquals(sweep.kvLimit, curve.kvLimit);
        assertTrue(curve.kvLimit >= 8 && curve.kvLimit < SweepCurve.MAX_POINTS, "limit " + curve.kvLimit);
        assertEquals(curve.kvLimit, curve.count, "every batch up to the limit is a dot");
        for (int i = 0; i < curve.count; i++) {
            ServingPerformance p = sweep.at(i + 1);
            assertEquals(i + 1, curve.batch[i]);
            assertEquals(p.tpotSeconds, curve.tpotSeconds[i], 0.0);
            assertEquals(p.tokensPerSecond, curve.tokensPerSecond[i], 0.0);
            assertEquals(p.boundBy, curve.bound[i]);
        }
        assertEquals(8, curve.todayBatch);
        assertEquals(sweep.at(8).tpotSeconds, curve.todayTpotSeconds, 0.0);
        assertEquals(sweep.at(8).tokensPerSecond, curve.todayTokensPerSecond, 0.0);
        assertFalse(curve.todayPastWall());
        // A bigger batch serves more in all and less to each, up to the wall.
        assertTrue(curve.tokensPerSecond[curve.count - 1] > 2 * curve.tokensPerSecond[0]);
        assertTrue(curve.tpotSeconds[curve.count - 1] > curve.tpotSeconds[0]);
    }

    @Test
    void aLimitPastTheDotsSpreadsThemFromOneToTheWall() {
        SimulationHost host = host(4096, 8);
        SweepCurve curve = new SweepCurve();
        curve.refresh(host);
        ServingSweep sweep = sweepFor(host);
        assertTrue(sweep.kvLimit > SweepCurve.MAX_POINTS, "4K requests: hundreds fit, " + sweep.kvLimit);
        assertEquals(SweepCurve.MAX_POINTS, curve.count);
        assertEquals(1, curve.batch[0]);
        assertEquals(sweep.kvLimit, curve.batch[curve.count - 1], "the last dot is the wall");
        for (int i = 1; i < curve.count; i++) {
            assertTrue(curve.batch[i] > curve.batch[i - 1], "batches rise");
            assertEquals(sweep.at(curve.batch[i]).tokensPerSecond, curve.tokensPerSecond[i], 0.0);
        }
    }

    @Test
    void theCurveIsWorkedOutWhenTheScenarioChangesOnly() {
        SimulationHost host = host(131_072, 8);
        SweepCurve curve = new SweepCurve();
        assertTrue(curve.refresh(host));
        for (int i = 0; i < 50; i++) {
            host.singleStep();
            assertFalse(curve.refresh(host), "tick " + i + " left the curve alone");
        }
        host.apply(host.simulation().settings().toBuilder().batch(16).build());
        assertTrue(curve.refresh(host), "a new batch moves today's point");
        assertEquals(16, curve.todayBatch);
    }
}
