package dev.kvcache.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kvcache.TestCatalog;
import dev.kvcache.catalog.Catalog;
import dev.kvcache.sim.Deployment;
import dev.kvcache.sim.GpuCount;
import dev.kvcache.sim.SimSettings;
import java.util.List;
import org.junit.jupiter.api.Test;

/** dp and cluster in links: read, checked against the layout and the preset, written back, absent when unset. */
class DeploymentParamsTest {
    private final Catalog catalog = TestCatalog.get();
    private final ScenarioParams params = new ScenarioParams(catalog);
    private final SimSettings defaults = StartupScenario.defaults(catalog);

    private ScenarioRequest parse(String query) {
        return params.parse(QueryString.parse(query), defaults);
    }

    @Test
    void withoutThemTheLinkIsWhatItWas() {
        SimSettings s = parse("model=llama-3.1-70b&tp=8").settings();
        assertEquals(Deployment.NONE, s.deployment());
        String link = ScenarioParams.format(s, 0, false);
        assertFalse(link.contains("dp="), link);
        assertFalse(link.contains("cluster="), link);
    }

    @Test
    void dpIsReadWrittenBackAndKeptOutOfTheGpuCount() {
        ScenarioRequest r = parse("model=llama-3.1-70b&tp=8&dp=4");
        assertEquals(List.of(), r.notices());
        SimSettings s = r.settings();
        assertEquals(4, s.deployment().dp());
        // The GPU count is one replica's: the memory engine and the simulation describe one replica.
        assertEquals(GpuCount.fixed(8), s.gpuCount());
        String link = ScenarioParams.format(s, 0, false);
        assertTrue(link.contains("dp=4"), link);
        assertEquals(s.deployment(), params.parse(QueryString.parse(link), defaults).settings().deployment());
    }

    @Test
    void aPresetSetsItsDeviceAndSaysSo() {
        ScenarioRequest r = parse("model=llama-3.1-8b&cluster=gb200-nvl72");
        SimSettings s = r.settings();
        assertEquals("gb200", s.deviceId());
        assertEquals("gb200-nvl72", s.deployment().cluster());
        assertEquals(1, r.notices().size(), r.notices().toString());
        String notice = r.notices().get(0);
        assertTrue(notice.startsWith("cluster gb200-nvl72 set the device to GB200"), notice);
        assertTrue(notice.endsWith(" and the cluster to 72 GPUs (1 rack of 72)"), notice);
        assertTrue(r.refusals().isEmpty(), "a preset's notice is said, not refused");
        assertTrue(ScenarioParams.format(s, 0, false).contains("cluster=gb200-nvl72"));
    }

    @Test
    void aPresetIsCountedInItsDevicesUnit() {
        // A TPU pod is chips and a CS-3 one wafer: the notice read "256 GPUs (1 x 256 per pod)" and "1 GPUs".
        assertTrue(parse("model=llama-3.1-8b&cluster=tpu-v5e-256").notices().get(0)
                .endsWith(" and the cluster to 256 chips (1 pod of 256)"));
        assertTrue(parse("model=llama-3.1-8b&cluster=cerebras-cs3").notices().get(0)
                .endsWith(" and the cluster to 1 wafer (1 CS-3 system)"));
        assertTrue(parse("model=llama-3.1-8b&cluster=xai-colossus").notices().get(0)
                .endsWith(" and the cluster to 100,000 GPUs (12,500 nodes of 8)"));
    }

    @Test
    void anotherDeviceLeavesThePresetAndKeepsDp() {
        SimSettings s = parse("model=llama-3.1-8b&cluster=dgx-h100&dp=4").settings();
        SimSettings next = new SettingSteps(catalog).device(s, SettingSteps.Direction.UP);
        assertEquals("", next.deployment().cluster());
        assertEquals(4, next.deployment().dp());
    }

    @Test
    void moreReplicasThanThePresetHoldsAreRefusedNamingDp() {
        ScenarioRequest r = parse("model=llama-3.1-70b&tp=8&dp=2&cluster=dgx-h100");
        assertEquals(0, r.settings().deployment().dp(), "the previous dp (automatic) is kept");
        assertEquals("dgx-h100", r.settings().deployment().cluster());
        assertTrue(r.notices().contains("dp '2' refused (dp 2 x 8 GPUs per replica needs 16 GPUs; cluster dgx-h100"
                + " has 8); kept dp automatic"), r.notices().toString());
        assertEquals(1, r.refusals().size());
    }

    @Test
    void aRefusedDpCountsInTheDevicesUnit() {
        ScenarioRequest r = parse("model=llama-3.1-8b&tp=4&dp=2&cluster=cerebras-cs3");
        assertTrue(r.notices().contains("dp '2' refused (dp 2 x 4 wafers per replica needs 8 wafers; cluster"
                + " cerebras-cs3 has 1); kept dp automatic"), r.notices().toString());
    }

    @Test
    void replicasThatFitThePresetAreTaken() {
        ScenarioRequest r = parse("model=llama-3.1-8b&tp=2&dp=4&cluster=dgx-h100");
        assertEquals(4, r.settings().deployment().dp(), r.notices().toString());
        assertTrue(r.refusals().isEmpty(), r.refusals().toString());
    }

    @Test
    void anUnknownPresetOrABadDpIsNamedAndKept() {
        ScenarioRequest r = parse("cluster=dgx-h900&dp=x");
        assertEquals(Deployment.NONE, r.settings().deployment());
        assertEquals(2, r.notices().size(), r.notices().toString());
        assertTrue(r.notices().get(0).startsWith("unknown cluster 'dgx-h900'"), r.notices().toString());
        assertTrue(r.notices().get(1).startsWith("dp 'x' is not understood"), r.notices().toString());
        assertEquals(ScenarioResolver.DEFAULT_DEVICE, r.settings().deviceId());
    }
}
