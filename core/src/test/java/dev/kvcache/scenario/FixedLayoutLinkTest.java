package dev.kvcache.scenario;

import static dev.kvcache.scenario.LinkParse.parse;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kvcache.TestCatalog;
import dev.kvcache.catalog.Catalog;
import dev.kvcache.memory.ScenarioFigures;
import dev.kvcache.sim.GpuCount;
import dev.kvcache.sim.SimSettings;
import dev.kvcache.sim.Simulation;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A layout in a link (tp, pp, cp) is one record for the simulation, the formula and the link alike. */
class FixedLayoutLinkTest {
    private final Catalog catalog = TestCatalog.get();
    private final SimSettings defaults = LinkParse.defaults();

    @Test
    void aFixedLayoutFixesTheGpuCountAndEveryPanelDescribesIt() {
        ScenarioRequest r = parse("model=llama-3.1-70b&tp=8&pp=2&context=1M&batch=4");
        SimSettings s = r.settings();
        assertEquals(List.of(), r.notices());
        assertEquals(GpuCount.fixed(16), s.gpuCount());
        Simulation simulation = new Simulation(new EngineSpecProvider(catalog), s);
        assertEquals(16, simulation.memory().gpuCount());
        ScenarioFigures f = new FiguresForSettings(new ScenarioResolver(catalog)).compute(s, simulation.memory().gpuCount());
        assertEquals(8, f.scenario.tp);
        assertEquals(2, f.scenario.pp);
        assertEquals(1, f.scenario.cp);
        // The simulation's GPU holds what the formula's most loaded GPU holds.
        assertEquals(f.perGpuWeightsBytes, simulation.memory().layout().weightBytesPerGpu(16));
        assertEquals(f.perGpuWorkspaceBytes, simulation.memory().layout().workspaceBytesPerGpu(16));
        String link = ScenarioParams.format(s, 0, false);
        assertTrue(link.contains("gpus=16&tp=8&pp=2&cp=1"), link);
        assertEquals(s.fixedLayoutGpus(), parse(link, defaults).settings().fixedLayoutGpus());
    }

    @Test
    void aLayoutTheModelCannotTakeIsRefusedAndTheEnginesChoiceKept() {
        ScenarioRequest r = parse("model=llama-3.1-8b&tp=3");
        assertFalse(r.settings().hasFixedLayout());
        assertEquals(GpuCount.AUTO, r.settings().gpuCount());
        assertEquals(1, r.notices().size(), r.notices().toString());
        assertTrue(r.notices().get(0).startsWith("tp '3' refused (tp 3 does not divide the 32 attention heads"),
                r.notices().get(0));
    }

    @Test
    void aValuePastItsRangeThatIsThenRefusedEarnsOneLineNotTwo() {
        // Read as 4,096 (the largest tp), which does not divide 32 heads either: refused, and only that said.
        ScenarioRequest r = parse("model=llama-3.1-8b&tp=99999999999999999999");
        assertFalse(r.settings().hasFixedLayout());
        assertEquals(1, r.notices().size(), r.notices().toString());
        assertTrue(r.notices().get(0).startsWith("tp '99999999999999999999' refused (tp 4096 does not divide"),
                r.notices().get(0));
        // The command line stops at the first refusal: the range, which names what was typed.
        assertEquals("--tp 99999999999999999999 is out of range (the nearest allowed is 4096)", r.refusals().get(0));
        // Clamped and then accepted, the clamp is what is said.
        assertEquals(List.of("bw 1.5 clamped to 1"), parse("bw=1.5").notices());
    }

    @Test
    void anotherModelDeviceOrGpuCountLetsTheEngineLayTheModelOutAgain() {
        SimSettings fixed = parse("tp=8&pp=2").settings();
        assertTrue(fixed.hasFixedLayout());
        for (String change : new String[] {"model=qwen-2.5-7b", "gpu=a100-40g", "gpus=auto"}) {
            SimSettings after = parse(change, fixed).settings();
            assertFalse(after.hasFixedLayout(), change);
        }
        assertFalse(SettingSteps.gpus(fixed, SettingSteps.Direction.UP).hasFixedLayout());
    }
}
