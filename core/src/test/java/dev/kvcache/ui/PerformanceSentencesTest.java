package dev.kvcache.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kvcache.TestCatalog;
import dev.kvcache.host.SimulationHost;
import dev.kvcache.memory.Scenario;
import dev.kvcache.sim.BoundBy;
import dev.kvcache.sim.GpuCount;
import dev.kvcache.sim.RequestSizes;
import dev.kvcache.sim.ServingView;
import dev.kvcache.sim.SimSettings;
import dev.kvcache.timing.ServingCosts;
import dev.kvcache.timing.ServingPerformance;
import dev.kvcache.timing.TimingSettings;
import dev.kvcache.units.Quantities;
import dev.kvcache.units.ServingQuantities;
import org.junit.jupiter.api.Test;

/**
 * The performance panel and the header's serving time say what the scene's serving clock measured,
 * and for a steady scene (one user, one GPU, nothing queued behind the slot for long) the measured
 * time per token, throughput and bound are what {@code report}'s time model gives the scene's mean
 * request.
 */
class PerformanceSentencesTest {
    private static SimulationHost host(int batch, long context, double speed) {
        SimSettings settings = SimSettings.builder().modelId("llama-3.1-8b").deviceId("h100").batch(batch)
                .contextTokens(context).gpuCount(GpuCount.fixed(1)).speed(speed).build();
        return new SimulationHost(TestCatalog.get(), settings);
    }

    private static SimulationHost runUntilFinished(SimulationHost host, long requests) {
        while (host.simulation().serving().requestsTimed() < requests) {
            host.singleStep();
        }
        return host;
    }

    @Test
    void beforeAnyRequestFinishesTheFiguresSayNoneYet() {
        SimulationHost host = host(1, 4096, 1.0);
        PerformancePanel panel = new PerformancePanel();
        panel.compose(host);
        assertEquals("\u2014", panel.ttft.toString());
        assertEquals("\u2014", panel.tpot.toString());
        assertEquals("\u2014", panel.throughput.toString());
        assertEquals("\u2014", panel.price.toString());
        assertEquals("\u2014", panel.admitted.toString());
        assertEquals("\u2014", panel.requestRate.toString());
    }

    @Test
    void eachRowShowsTheServingClocksFigure() {
        SimulationHost host = runUntilFinished(host(4, 8192, 1.0), 12);
        PerformancePanel panel = new PerformancePanel();
        panel.compose(host);
        ServingView v = host.simulation().serving();
        assertEquals(ServingQuantities.longDuration(v.meanTtftSeconds()), panel.ttft.toString());
        assertEquals(ServingQuantities.longDuration(v.meanTtftSeconds() - v.meanQueueSeconds()),
                panel.admitted.toString());
        assertEquals(ServingQuantities.requestsPerSecond(new StringBuilder(), v.requestsPerSecond()).toString(),
                panel.requestRate.toString());
        assertEquals(Quantities.duration(new StringBuilder(), v.meanTpotSeconds()).toString(), panel.tpot.toString());
        assertEquals(ServingQuantities.tokensPerSecond(v.tokensPerSecond()), panel.throughput.toString());
        assertEquals(ServingQuantities.tokensPerSecond(1 / v.meanTpotSeconds()), panel.perUser.toString());
        double dollars = ServingCosts.dollarsPerMillionTokens(host.device().performance(), v.gpuSeconds(),
                v.outputTokens());
        // An H100 at its catalogued price per hour: a real figure, not a placeholder.
        assertTrue(dollars > 0.01 && dollars < 100, "dollars per million tokens " + dollars);
        assertEquals(ServingQuantities.usd(dollars) + " / M output tokens", panel.price.toString());
        double joules = ServingCosts.joulesPerToken(host.device().performance(), v.gpuSeconds(), v.outputTokens());
        assertEquals(ServingQuantities.joules(joules) + " / token", panel.energy.toString());
        assertEquals("Energy, at most", panel.energyLabel, "the label says it is an upper bound");
        assertEquals(ServingQuantities.longDuration(v.meanTtftSeconds()) + " \u00b7 "
                + Quantities.duration(new StringBuilder(), v.meanTpotSeconds()), panel.latencies.toString());
        // The phone's "More" panel says the same in five lines.
        String[] lines = panel.summary(new StringBuilder(), host).toString().split("\n");
        assertEquals("Speed and cost: bound by " + PerformancePanel.boundWords(v.bound()), lines[0]);
        assertEquals("First token " + panel.ttft + " \u00b7 per token " + panel.tpot, lines[1]);
        assertEquals("Once admitted " + panel.admitted + " \u00b7 " + panel.requestRate, lines[2]);
        assertEquals(panel.throughput + " \u00b7 per user " + panel.perUser, lines[3]);
        assertEquals(panel.price + " \u00b7 energy at most " + panel.energy, lines[4]);
    }

    @Test
    void aDeviceWithNoPublishedPowerStatesNoBound() {
        // An M4 Max: Apple publishes no package power, so there is nothing to be "at most", and beside
        // "no published TDP" the longer label ran into its value at 1280x720.
        SimSettings mac = SimSettings.builder().modelId("llama-3.1-8b").deviceId("m4-max").batch(4).contextTokens(8192)
                .gpuCount(GpuCount.fixed(1)).build();
        PerformancePanel panel = new PerformancePanel();
        SimulationHost host = new SimulationHost(TestCatalog.get(), mac);
        panel.compose(host);
        assertEquals(PerformancePanel.ENERGY_UNPUBLISHED, panel.energyLabel);
        assertEquals("no published TDP", panel.energy.toString());
        String[] lines = panel.summary(new StringBuilder(), host).toString().split("\n");
        assertEquals(panel.price + " \u00b7 energy: no published TDP", lines[4]);
    }

    @Test
    void manyReplicasTitleThePanelAsOnesFigures() {
        // The simulation runs one replica: with two, its throughput is half the deployment's.
        SimSettings two = SimSettings.builder().modelId("llama-3.1-8b").deviceId("h100").batch(4).contextTokens(8192)
                .gpuCount(GpuCount.fixed(1)).deployment(dev.kvcache.sim.Deployment.of(2, "")).build();
        PerformancePanel panel = new PerformancePanel();
        SimulationHost host = new SimulationHost(TestCatalog.get(), two);
        panel.compose(host);
        assertTrue(panel.summary(new StringBuilder(), host).toString().startsWith("Speed and cost per replica: bound by"));
        SimulationHost one = host(4, 8192, 1.0);
        panel.compose(one);
        assertTrue(panel.summary(new StringBuilder(), one).toString().startsWith("Speed and cost: bound by"));
    }

    @Test
    void aSteadySceneServesAtTheRatesTheTimeModelGivesItsMeanRequest() {
        long context = 4096;
        SimulationHost host = runUntilFinished(host(1, context, 1.0), 200);
        ServingView v = host.simulation().serving();
        Scenario scene = Scenario.of(host.simulation().settings(), host.model(), host.device());
        ServingPerformance model = ServingPerformance.of(scene, TimingSettings.DEFAULT, 1,
                RequestSizes.meanPrompt(context), RequestSizes.meanOutput(context));
        // One user on one H100: each step reads the 15 GiB of weights and a few MiB of KV.
        assertEquals(BoundBy.MEMORY, model.boundBy);
        assertEquals(model.boundBy, v.bound());
        assertEquals("memory bandwidth", PerformancePanel.boundWords(v.bound()));
        assertTrue(Math.abs(v.meanTpotSeconds() / model.tpotSeconds - 1) < 0.05,
                "time per token " + v.meanTpotSeconds() + " s measured, " + model.tpotSeconds + " s modelled");
        assertTrue(Math.abs(v.tokensPerSecond() / model.tokensPerSecond - 1) < 0.10,
                "throughput " + v.tokensPerSecond() + " measured, " + model.tokensPerSecond + " modelled");
        PerformancePanel panel = new PerformancePanel();
        panel.compose(host);
        StringBuilder near = Quantities.duration(new StringBuilder(), model.tpotSeconds);
        assertEquals(near.toString(), panel.tpot.toString(), "the panel's time per token reads as the model's");
    }

    @Test
    void theHeaderSaysHowLongTheSceneServedAtWhatSpeed() {
        SimulationHost host = runUntilFinished(host(4, 8192, 100.0), 3);
        String said = new HeaderView().servingTime(new StringBuilder(), host.simulation()).toString();
        assertEquals(ServingQuantities.longDuration(host.simulation().serving().seconds()) + " of serving at 100x",
                said);
        assertTrue(host.simulation().serving().seconds() > 1, "the clock ran: " + said);
    }
}
