package dev.kvcache.timing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kvcache.TestCatalog;
import dev.kvcache.catalog.Catalog;
import dev.kvcache.catalog.ClusterGrouping;
import dev.kvcache.catalog.ClusterSpec;
import dev.kvcache.memory.ClusterLayout;
import dev.kvcache.memory.Scenario;
import dev.kvcache.sim.SimSettings;
import org.junit.jupiter.api.Test;

/**
 * The bytes each link carries in a step, worked by hand for Llama-3.1-70B (hidden 8,192, 80 layers,
 * BF16 activations of 2 bytes) decoding a batch of 8, and the link each rides in a cluster.
 */
class ClusterTrafficTest {
    private final Catalog catalog = TestCatalog.get();

    private StepModel model(int tp, int pp) {
        SimSettings settings = SimSettings.builder().modelId("llama-3.1-70b").deviceId("h100").batch(8)
                .layout(tp, pp, 1).build();
        Scenario s = Scenario.of(settings, catalog.model("llama-3.1-70b"), catalog.device("h100"));
        return new StepModel(LayoutWork.of(s, tp, pp, 1), new DeviceRates(s.device, s.weights, TimingSettings.DEFAULT));
    }

    @Test
    void tensorParallelEightSendsTwoRingAllReducesPerLayer() {
        StepModel tp8 = model(8, 1);
        // One all-reduce of 8 tokens x 8,192 values x 2 B = 131,072 B; a ring sends 2(n-1)/n of it:
        // 229,376 B. Two per layer, 80 layers: 36,700,160 B.
        assertEquals(36_700_160.0, tp8.bytesPerStep(LinkKind.TP_ALL_REDUCE, 8, 0), 1e-6);
        assertEquals(0.0, tp8.bytesPerStep(LinkKind.PP_HAND_OFF, 8, 0));
        assertEquals(0.0, tp8.bytesPerStep(LinkKind.CP_KV_EXCHANGE, 8, 0));
        // The step's time charges those same bytes: 160 collectives of 229,376 B over 450 GB/s each way
        // (NVLink 900 GB/s both ways), each after a ring's latency: 7 times the 2-GPU collective's.
        StepCost cost = new StepCost();
        tp8.step(8, 8 * 2048.0, 0, 0, 0, 0, cost);
        double each = 7 * TimingSettings.DEFAULT_COLLECTIVE_LATENCY_SECONDS + 229_376 / 450e9;
        assertEquals(160 * each, cost.interconnectSeconds(), 1e-15);
    }

    @Test
    void tensorEightByPipelineTwoHalvesTheLayersAndHandsOffTheActivations() {
        StepModel m = model(8, 2);
        // 40 layers a stage: 80 all-reduces of 229,376 B; one hand-off of 8 x 8,192 x 2 B.
        assertEquals(18_350_080.0, m.bytesPerStep(LinkKind.TP_ALL_REDUCE, 8, 0), 1e-6);
        assertEquals(131_072.0, m.bytesPerStep(LinkKind.PP_HAND_OFF, 8, 0), 1e-9);

        // On 8-GPU nodes the tp group stays on NVLink and the second stage sits in the next node.
        ClusterSpec meta = catalog.clusters().require("meta-24k");
        ClusterLayout layout = ClusterLayout.of(meta, true, 8, 2, 1, 0);
        assertEquals(1536, layout.replicas, "24,576 GPUs hold 1,536 replicas of 16");
        assertEquals(3072, layout.nodes);
        assertEquals(1, layout.stageOf(8));
        ClusterTraffic t = new ClusterTraffic().update(layout, m, 8, 0, 0.01);
        assertSame(meta.scaleUp(), t.link(LinkKind.TP_ALL_REDUCE));
        assertSame(meta.scaleOut(), t.link(LinkKind.PP_HAND_OFF));
        assertFalse(t.isUsed(LinkKind.CP_KV_EXCHANGE));
        assertEquals(18_350_080.0 / (450e9 * 0.01), t.utilization(LinkKind.TP_ALL_REDUCE), 1e-12);
        assertEquals(131_072.0 / (50e9 * 0.01), t.utilization(LinkKind.PP_HAND_OFF), 1e-12);
        assertEquals(LinkKind.TP_ALL_REDUCE, t.busiest());
    }

    @Test
    void oneGpuReplicasMoveNothingBetweenGpus() {
        ClusterLayout layout = ClusterLayout.of(catalog.clusters().require("dgx-h100"), true, 1, 1, 1, 0);
        assertEquals(8, layout.replicas);
        ClusterTraffic t = new ClusterTraffic().update(layout, model(1, 1), 8, 0, 0.01);
        assertNull(t.busiest());
        for (LinkKind kind : LinkKind.VALUES) {
            assertEquals(0.0, t.bytesPerStep(kind));
        }
    }

    @Test
    void withoutAPresetTheDeviceSaysHowItsGpusGroup() {
        assertEquals("dgx-h100", ClusterGrouping.of(catalog, "", catalog.device("h100")).id());
        assertEquals(72, ClusterGrouping.of(catalog, "", catalog.device("gb200")).gpusPerNode());
        assertEquals(8, ClusterGrouping.of(catalog, "", catalog.device("mi300x")).gpusPerNode());
        assertEquals(256, ClusterGrouping.of(catalog, "", catalog.device("tpu-v5e")).gpusPerNode());
        ClusterSpec a100 = ClusterGrouping.of(catalog, "", catalog.device("a100-80g"));
        assertEquals(8, a100.gpusPerNode(), "no preset: nodes of 8 on the device's own link");
        assertEquals(300.0, a100.scaleUp().gigabytesPerSecond, 1e-9, "NVLink 600 GB/s both ways");
        assertFalse(a100.scaleOut().isKnown());
        assertEquals("aws-p5", ClusterGrouping.of(catalog, "aws-p5", catalog.device("h100")).id());
        // A pipeline that straddles nodes rides the network; a tp group of 8 never does.
        ClusterLayout straddle = ClusterLayout.of(a100, false, 4, 3, 1, 2);
        assertTrue(straddle.tensorParallelInsideNode());
        assertFalse(straddle.pipelineInsideNode());
        assertEquals(24, straddle.gpus);
    }
}
