package dev.kvcache.scenario;

import static dev.kvcache.scenario.LinkParse.parse;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kvcache.TestCatalog;
import dev.kvcache.catalog.Catalog;
import dev.kvcache.host.AppConsole;
import dev.kvcache.host.SimulationHost;
import dev.kvcache.render.StepNow;
import dev.kvcache.sim.SimSettings;
import dev.kvcache.timing.TimingSettings;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The time model's two efficiencies are link and console settings like any other: {@code bw} and
 * {@code flops} (also {@code bw-efficiency} and {@code flops-efficiency}, as {@code report} spells
 * them), clamped to 0.01-1 or refused with one line each, 0 or auto for the defaults; the serving
 * clock's timer uses them.
 */
class EfficiencySettingsTest {
    private final Catalog catalog = TestCatalog.get();
    private final SimSettings defaults = LinkParse.defaults();

    @Test
    void bothFractionsAreReadWrittenAndRoundTrip() {
        ScenarioRequest r = parse("bw=0.55&flops-efficiency=0.4");
        assertEquals("[]", r.notices().toString());
        assertEquals(0.55, r.settings().bwEfficiency(), 0.0);
        assertEquals(0.4, r.settings().flopsEfficiency(), 0.0);
        String link = ScenarioParams.format(r.settings(), 0, false);
        assertTrue(link.contains("&bw=0.55&flops=0.4&"), link);
        ScenarioRequest back = parse(link);
        assertEquals("[]", back.notices().toString());
        assertTrue(back.settings().sameScenarioAs(r.settings()), link);
        assertFalse(ScenarioParams.format(defaults, 0, false).contains("bw="), "defaults leave the link as it was");
        TimingSettings timing = EngineSpecProvider.timing(r.settings());
        assertEquals(0.55, timing.bwEfficiency(), 0.0);
        assertEquals(0.4, timing.flopsEfficiency(), 0.0);
        assertEquals(TimingSettings.DEFAULT_BW_EFFICIENCY, EngineSpecProvider.timing(defaults).bwEfficiency(), 0.0);
    }

    @Test
    void badValuesEarnOneLineEach() {
        assertEquals(List.of("bw 1.5 clamped to 1"), parse("bw=1.5").notices());
        assertEquals(1.0, parse("bw=1.5").settings().bwEfficiency(), 0.0);
        assertEquals(List.of("flops 0.001 clamped to 0.01"), parse("flops=0.001").notices());
        assertEquals(List.of("flops 'half' is not understood; kept the time model's default"),
                parse("flops=half").notices());
        assertEquals(List.of("bw '-0.5' is not understood; kept 0.6"),
                parse("bw=-0.5", defaults.toBuilder().efficiencies(0.6, 0).build()).notices());
        assertEquals(0.0, parse("bw=auto", defaults.toBuilder().efficiencies(0.6, 0).build())
                .settings().bwEfficiency(), 0.0, "auto goes back to the default");
        for (String notice : parse("bw=2&flops=x").notices()) {
            assertFalse(notice.contains("\n"), notice);
        }
        assertEquals(List.of("--bw 1.5 is out of range (the nearest allowed is 1)"), parse("bw=1.5").refusals());
    }

    @Test
    void theConsoleSetsThemAndTheServingClockSlowsWithLessBandwidth() {
        SimulationHost host = new SimulationHost(catalog, defaults);
        for (int i = 0; i < 30; i++) {
            host.singleStep();
        }
        StepNow step = new StepNow();
        step.update(host);
        double memory = step.cost().memorySeconds();
        AppConsole console = new AppConsole(host);
        assertEquals("ok", console.execute("bw = 0.35"));
        assertEquals(0.35, host.simulation().settings().bwEfficiency(), 0.0);
        for (int i = 0; i < 30; i++) {
            host.singleStep();
        }
        step.update(host);
        // Half the achieved bandwidth: the same tokens' reads take twice as long.
        assertEquals(2 * memory, step.cost().memorySeconds(), 0.02 * memory);
        assertTrue(console.execute("help").contains("bw, flops"), console.execute("help"));
        assertEquals("bw 7 clamped to 1", console.execute("bw = 7"));
    }

    @Test
    void theControlsStepEachShareByTenthsAndStopAtTheirEnds() {
        SimSettings s = defaults;
        s = SettingSteps.bwEfficiency(s, SettingSteps.Direction.UP);
        assertEquals(0.8, s.bwEfficiency(), 0.0);
        s = SettingSteps.bwEfficiency(SettingSteps.bwEfficiency(s, SettingSteps.Direction.UP), SettingSteps.Direction.UP);
        assertEquals(0.9, s.bwEfficiency(), 0.0, "0.9 is the top");
        s = SettingSteps.flopsEfficiency(s, SettingSteps.Direction.DOWN);
        assertEquals(0.4, s.flopsEfficiency(), 0.0);
        // A link's 0.65 steps to the tenths either side of it.
        SimSettings linked = parse("bw=0.65").settings();
        assertEquals(0.7, EngineSpecProvider.timing(SettingSteps.bwEfficiency(linked, SettingSteps.Direction.UP))
                .bwEfficiency(), 0.0);
        assertEquals(0.6, SettingSteps.bwEfficiency(linked, SettingSteps.Direction.DOWN).bwEfficiency(), 0.0);
        // Back on the default the setting is the default again, and the link leaves it out.
        SimSettings back = SettingSteps.flopsEfficiency(s, SettingSteps.Direction.UP);
        assertEquals(0, back.flopsEfficiency(), 0.0);
        assertFalse(ScenarioParams.format(back, 0, false).contains("flops="));
        SimSettings bottom = defaults;
        for (int i = 0; i < 5; i++) {
            bottom = SettingSteps.flopsEfficiency(bottom, SettingSteps.Direction.DOWN);
        }
        assertEquals(0.3, bottom.flopsEfficiency(), 0.0, "0.3 is the bottom");
    }
}
