package dev.kvcache.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kvcache.TestCatalog;
import dev.kvcache.host.Motion;
import dev.kvcache.host.SceneChoice;
import dev.kvcache.host.SimulationHost;
import dev.kvcache.sim.SimSettings;
import org.junit.jupiter.api.Test;

/** The die's tiles pulse at the decode rate while playing, and stand still when paused or under reduced motion. */
class SceneMotionTest {
    private static SimulationHost host(double speed) {
        return new SimulationHost(TestCatalog.get(), SimSettings.builder().modelId("llama-3.1-8b").deviceId("h100")
                .batch(8).contextTokens(131_072).speed(speed).build());
    }

    @Test
    void diePulsesFasterAtAHigherDecodeRate() {
        SceneRenderer slow = new SceneRenderer();
        SceneRenderer fast = new SceneRenderer();
        SimulationHost slowHost = host(1.0);
        SimulationHost fastHost = host(100.0);
        slow.update(slowHost, 1f, Detail.FULL, SceneChoice.Scene.DIE);
        fast.update(fastHost, 1f, Detail.FULL, SceneChoice.Scene.DIE);
        assertEquals(DieView.pulseHertz(slowHost.ticksPerSecond()) * DieView.busyPace(slow.computeBusy()),
                slow.diePhase(), 1e-4f);
        assertEquals(slow.computeBusy(), fast.computeBusy(), 1e-6f, "the same step at either speed");
        assertTrue(fast.diePhase() > 5f * slow.diePhase(), "100x pulses about six times as often as 1x");
    }

    @Test
    void dieStandsStillWhenPausedOrUnderReducedMotion() {
        SceneRenderer scene = new SceneRenderer();
        SimulationHost host = host(10.0);
        host.pause();
        scene.update(host, 1f, Detail.FULL, SceneChoice.Scene.DIE);
        assertEquals(0f, scene.diePhase());
        host.play();
        scene.setMotion(Motion.REDUCED);
        scene.update(host, 1f, Detail.FULL, SceneChoice.Scene.DIE);
        assertEquals(0f, scene.diePhase());
        scene.setMotion(Motion.FULL);
        scene.update(host, 1f, Detail.FULL, SceneChoice.Scene.DIE);
        assertTrue(scene.diePhase() > 0f);
    }
}
