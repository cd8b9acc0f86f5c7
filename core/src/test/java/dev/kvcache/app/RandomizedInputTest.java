package dev.kvcache.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kvcache.TestCatalog;
import dev.kvcache.host.ActionHandler;
import dev.kvcache.host.SimulationHost;
import dev.kvcache.host.StateJson;
import dev.kvcache.host.TestPlatform;
import dev.kvcache.input.Action;
import dev.kvcache.input.KeyBindings;
import dev.kvcache.input.KeyboardInput;
import dev.kvcache.input.TouchGestures;
import dev.kvcache.scenario.ScenarioParams;
import dev.kvcache.scenario.StartupScenario;
import dev.kvcache.sim.MemoryUsage;
import dev.kvcache.sim.PublicInvariants;
import dev.kvcache.sim.SimSettings;
import dev.kvcache.sim.Simulation;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Thousands of random keys, gestures, button actions and console lines, in random order and
 * interleaved with frames, with the simulation's invariants checked after every frame.
 */
class RandomizedInputTest {
    private static final String[] LINES = {
        "currentTokens = 1000000", "currentTokens = -4", "currentTokens = 99999999999", "batch = 0",
        "batchSize = 33", "flashAttention = maybe", "model = llama", "device = tpu", "gpus = 3",
        "context = 100M", "context = 4K", "speed = 0", "animationSpeed = 1e9", "step", "reset", "pause", "play",
        "precision = int4", "kv = mxfp4", "weights = 0", "seed = -1", "=", "", "link", "gpu=groq-lpu",
    };

    @Test
    void randomInputNeverThrowsAndKeepsTheInvariants() {
        Random random = new Random(20240611L);
        SimulationHost host = new SimulationHost(TestCatalog.get(), StartupScenario.defaults(TestCatalog.get()));
        ActionHandler handler = new ActionHandler(host, new TestPlatform(), a -> { }, n -> { });
        KeyboardInput keys = new KeyboardInput(KeyBindings.defaults(), handler);
        TouchGestures touch = new TouchGestures(handler, () -> random.nextBoolean());
        Action[] actions = Action.values();
        for (int i = 0; i < 6000; i++) {
            switch (random.nextInt(5)) {
                case 0:
                    keys.keyDown(random.nextInt(256));
                    keys.keyUp(random.nextInt(256));
                    break;
                case 1:
                    handler.perform(actions[random.nextInt(actions.length)]);
                    break;
                case 2:
                    gesture(touch, random);
                    break;
                case 3:
                    handler.submit(LINES[random.nextInt(LINES.length)]);
                    break;
                default:
                    break;
            }
            if (random.nextInt(3) == 0) {
                handler.applyPending();
                host.advance(random.nextDouble() * 0.05);
                check(host);
            }
        }
        assertEquals(0, handler.failures(), "commands that threw");
    }

    private static void gesture(TouchGestures touch, Random random) {
        float x = random.nextFloat() * 2000 - 200;
        float y = random.nextFloat() * 2000 - 200;
        switch (random.nextInt(5)) {
            case 0:
                touch.tap(x, y, 1 + random.nextInt(3), 0);
                break;
            case 1:
                touch.fling(random.nextFloat() * 6000 - 3000, random.nextFloat() * 6000 - 3000, 0);
                break;
            case 2:
                touch.zoom(random.nextFloat() * 500, random.nextFloat() * 500);
                break;
            case 3:
                touch.pinchStop();
                break;
            default:
                touch.longPress(x, y);
                break;
        }
    }

    private static void check(SimulationHost host) {
        Simulation sim = host.simulation();
        SimSettings s = sim.settings();
        String where = ScenarioParams.format(s, 0, false);
        assertTrue(s.batch() >= SimSettings.MIN_BATCH && s.batch() <= SimSettings.MAX_BATCH, where);
        assertTrue(s.speed() >= SimSettings.MIN_SPEED && s.speed() <= SimSettings.MAX_SPEED, where);
        assertTrue(s.contextTokens() >= 16 && s.contextTokens() <= 100_000_000L, where);
        assertNotNull(host.catalog().models().find(s.modelId()), where);
        assertNotNull(host.catalog().devices().find(s.deviceId()), where);
        PublicInvariants.check(sim);
        MemoryUsage m = sim.memory();
        assertTrue(m.usedBytesPerGpu() >= 0 && m.kvUsedBytes() >= 0 && m.wasteBytes() >= 0, where);
        assertFalse(Double.isNaN(m.usageFraction()) || Double.isInfinite(m.usageFraction()), where);
        assertEquals(sim.blocks().capacityBlocks(), sim.blocks().usedBlocks() + sim.blocks().freeBlocks(), where);
        assertNotNull(host.figures(), where);
        assertTrue(StateJson.of(host, java.util.Collections.emptyList()).startsWith("{"), where);
    }
}
