package dev.kvcache.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kvcache.TestCatalog;
import dev.kvcache.host.Motion;
import dev.kvcache.host.SceneChoice;
import dev.kvcache.host.SimulationHost;
import dev.kvcache.sim.BoundBy;
import dev.kvcache.sim.SimSettings;
import org.junit.jupiter.api.Test;

/**
 * The particles and the die tell the step's story: traffic follows the bytes read per second and
 * crawls when memory bounds the step, the tiles pulse with the operations per second, and a
 * prefill (an admission) keeps the tensor units busy; reduced motion still stops both.
 */
class StepStoryTest {
    private static SimulationHost running(String gpu, long context) {
        SimulationHost host = new SimulationHost(TestCatalog.get(), SimSettings.builder().modelId("llama-3.1-8b")
                .deviceId(gpu).batch(32).contextTokens(context).build());
        for (int i = 0; i < 50; i++) {
            host.singleStep();
        }
        return host;
    }

    private static SceneRenderer settled(SimulationHost host) {
        SceneRenderer scene = new SceneRenderer();
        scene.update(host, 1f, Detail.FULL, SceneChoice.Scene.DIE);
        // A second frame with no admission: the prefill's glow has faded.
        scene.update(host, 1f, Detail.FULL, SceneChoice.Scene.DIE);
        return scene;
    }

    @Test
    void aMemoryBoundStepIsATrafficJamAndAnInterconnectBoundOneIsQuiet() {
        SimulationHost hbm = running("h100", 131_072);
        StepNow step = new StepNow();
        step.update(hbm);
        assertEquals(BoundBy.MEMORY, step.cost().bound());
        SceneRenderer jam = settled(hbm);
        assertTrue(jam.memoryBusy() > 0.85f, "32 sequences at 128K keep the H100's memory busy: " + jam.memoryBusy());
        // At 1x the speed adds a fiftieth; nothing was admitted this frame.
        assertEquals(ParticleField.flowRate(jam.memoryBusy()) * 1.02f, jam.particleRate(), 1e-3f);
        assertTrue(ParticleField.crawl(jam.memoryBusy()) > 1.8f, "and the traffic crawls");
        // Groq's chips hold the model in SRAM and spend the step in collectives: hardly any memory traffic.
        SimulationHost sram = running("groq-lpu", 4096);
        step.update(sram);
        assertEquals(BoundBy.INTERCONNECT, step.cost().bound());
        SceneRenderer quiet = settled(sram);
        assertTrue(quiet.memoryBusy() < 0.05f, "SRAM reads take no time: " + quiet.memoryBusy());
        assertTrue(jam.particleRate() > 5f * quiet.particleRate(), jam.particleRate() + " vs " + quiet.particleRate());
    }

    @Test
    void theTilesPulseWithTheStepsShareOfTheTensorPeak() {
        // A T4 at 4K spends more of its step computing than an H100 at 128K (whose step is all KV reads).
        SceneRenderer busier = settled(running("t4", 4096));
        SceneRenderer calmer = settled(running("h100", 131_072));
        assertTrue(busier.computeBusy() > 2f * calmer.computeBusy(), busier.computeBusy() + " vs " + calmer.computeBusy());
        assertTrue(DieView.busyPace(busier.computeBusy()) > DieView.busyPace(calmer.computeBusy()));
        assertEquals(0.35f, DieView.busyPace(0f), 1e-6f);
        assertEquals(2f, DieView.busyPace(1f), 1e-6f);
    }

    @Test
    void anAdmissionsPrefillLightsTheDieAndReducedMotionStillStopsIt() {
        SimulationHost host = new SimulationHost(TestCatalog.get(), SimSettings.builder().modelId("llama-3.1-8b")
                .deviceId("h100").batch(8).contextTokens(4096).build());
        SceneRenderer scene = new SceneRenderer();
        host.singleStep();
        scene.update(host, 1f / 60f, Detail.FULL, SceneChoice.Scene.DIE);
        assertEquals(1f, scene.computeBusy(), 1e-6f, "the first batch's prompts are being prefilled");
        scene.setMotion(Motion.REDUCED);
        float phase = scene.diePhase();
        scene.update(host, 1f, Detail.FULL, SceneChoice.Scene.DIE);
        assertEquals(phase, scene.diePhase(), 0f, "reduced motion: the tiles stand still");
    }
}
