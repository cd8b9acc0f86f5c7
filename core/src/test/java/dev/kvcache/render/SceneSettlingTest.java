package dev.kvcache.render;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.badlogic.gdx.math.Rectangle;
import com.badlogic.gdx.utils.Array;
import dev.kvcache.HeadlessGdx;
import dev.kvcache.TestCatalog;
import dev.kvcache.host.Motion;
import dev.kvcache.host.SceneChoice;
import dev.kvcache.host.SimulationHost;
import dev.kvcache.scenario.EngineSpecProvider;
import dev.kvcache.sim.SimSettings;
import dev.kvcache.sim.Simulation;
import org.junit.jupiter.api.Test;

/**
 * What the render rule reads: a paused scene comes to rest by itself, measured on its parts (the
 * ambient clock, the particles in flight, the banks' colours and pulses), well within two seconds of
 * frames; a reduced one at once; a playing one never.
 */
class SceneSettlingTest {
    private static final float FRAME = 1f / 60f;

    private static SimulationHost host() {
        return new SimulationHost(TestCatalog.get(), SimSettings.builder().modelId("llama-3.1-8b").deviceId("h100")
                .batch(8).contextTokens(131_072).speed(10).build());
    }

    @Test
    void aPausedSceneSlowsToRestWithinTwoSeconds() {
        SceneRenderer scene = new SceneRenderer();
        SimulationHost host = host();
        for (int frame = 0; frame < 120; frame++) {
            host.advance(FRAME);
            scene.update(host, FRAME, Detail.FULL, SceneChoice.Scene.DIE);
        }
        assertFalse(scene.isSettled(), "playing, the waves run");
        host.pause();
        int frames = 0;
        float moved = 0f;
        while (!scene.isSettled() && frames < 600) {
            scene.update(host, FRAME, Detail.FULL, SceneChoice.Scene.DIE);
            moved += scene.ambientSeconds();
            frames++;
        }
        assertTrue(frames <= 120, "at rest within 2 s of frames: " + frames);
        assertTrue(frames > 30, "slowing down, not stopping dead: " + frames);
        assertTrue(moved > 0.3f && moved < 0.7f, "about half a second of motion while slowing: " + moved);
        scene.update(host, FRAME, Detail.FULL, SceneChoice.Scene.DIE);
        assertTrue(scene.isSettled(), "and it stays at rest");
        assertTrue(scene.ambientSeconds() == 0f);
    }

    @Test
    void behindTheClusterViewNoParticlesLeaveAndTheClockStillWindsDown() {
        SceneRenderer behind = new SceneRenderer();
        SceneRenderer shown = new SceneRenderer();
        SimulationHost host = host();
        HeadlessGdx.start();
        AtlasFontSource fonts = new AtlasFontSource(new UiAtlas(HeadlessGdx.smallFontPage(),
                HeadlessGdx.smallFontData(), HeadlessGdx.smallFontData()));
        fonts.setScale(1f, 1f);
        TextPainter text = new TextPainter(fonts);
        Rectangle area = new Rectangle(0, 0, 1000, 700);
        behind.layout(area, host, text, Detail.FULL);
        shown.layout(area, host, text, Detail.FULL);
        for (int frame = 0; frame < 120; frame++) {
            host.advance(FRAME);
            behind.update(host, FRAME, Detail.FULL, SceneChoice.Scene.CLUSTER);
            shown.update(host, FRAME, Detail.FULL, SceneChoice.Scene.DIE);
        }
        assertFalse(shown.noParticlesInFlight(), "the die view's traffic flows");
        assertTrue(behind.noParticlesInFlight(), "behind the cluster view none leave");
        assertFalse(behind.isSettled(), "playing, the waves still run under the cluster");
        host.pause();
        int frames = 0;
        while (!behind.isSettled() && frames < 600) {
            behind.update(host, FRAME, Detail.FULL, SceneChoice.Scene.CLUSTER);
            frames++;
        }
        assertTrue(frames > 30 && frames <= 120, "the clock slows to rest within two seconds: " + frames);
    }

    @Test
    void underReducedMotionItIsAtRestAtOnceEvenPlaying() {
        SceneRenderer scene = new SceneRenderer();
        SimulationHost host = host();
        scene.setMotion(Motion.REDUCED);
        host.advance(FRAME);
        scene.update(host, FRAME, Detail.FULL, SceneChoice.Scene.DIE);
        assertTrue(scene.isSettled(), "no waves, particles or pulses: nothing moves but the state");
    }

    @Test
    void particlesInFlightLandOnceNoMoreLeave() {
        ParticleField particles = new ParticleField();
        Array<Rectangle> modules = new Array<>();
        modules.add(new Rectangle(0, 0, 100, 300));
        modules.add(new Rectangle(500, 0, 100, 300));
        Rectangle die = new Rectangle(200, 50, 200, 200);
        for (int frame = 0; frame < 60; frame++) {
            particles.update(FRAME, 260f, modules, die, ParticleField.CAPACITY, ParticleField.crawl(1f));
        }
        assertFalse(particles.isEmpty(), "traffic while playing");
        int frames = 0;
        while (!particles.isEmpty() && frames < 600) {
            particles.update(FRAME, 0f, modules, die, ParticleField.CAPACITY, ParticleField.crawl(1f));
            frames++;
        }
        // Crawling as slowly as a memory-bound step makes them, the last particle still lands within
        // the two seconds an idle app may take to settle.
        assertTrue(frames <= 120, "the longest flight is under two seconds: " + frames + " frames");
    }

    @Test
    void banksSettleOnTheirColoursAfterAChange() {
        SceneLayout layout = new SceneLayout();
        layout.update(0, 0, 1002, 860, 5, 70f);
        BankGridView banks = new BankGridView(SceneRenderer.MAX_BANKS);
        long capacity = 85_029_615_043L;
        int slots = banks.layout(layout.modules(), layout.scale(), 18f, capacity);
        Simulation simulation = new Simulation(new EngineSpecProvider(TestCatalog.get()), SimSettings.builder()
                .modelId("llama-3.1-8b").deviceId("h100").batch(8).contextTokens(131_072).build());
        MemoryMap map = new MemoryMap(SceneRenderer.MAX_BANKS);
        map.update(simulation, slots);
        banks.animate(map, FRAME);
        assertFalse(banks.isSettled(), "the weights' banks have just been written: they ease in and pulse");
        int frames = 1;
        while (!banks.isSettled() && frames < 600) {
            banks.animate(map, FRAME);
            frames++;
        }
        assertTrue(frames <= 60, "colours and pulses at rest within a second: " + frames + " frames");
        banks.animate(map, FRAME);
        assertTrue(banks.isSettled(), "nothing changed, nothing moves");
        // Banks at rest are only read, not eased again: a change must still wake the bank it lands in.
        int[] before = contents(map);
        int steps = 0;
        while (java.util.Arrays.equals(before, contents(map)) && steps < 10_000) {
            simulation.step();
            map.update(simulation, slots);
            steps++;
        }
        assertFalse(java.util.Arrays.equals(before, contents(map)), "the sequences grew into new banks");
        banks.animate(map, FRAME);
        assertFalse(banks.isSettled(), "a bank at rest whose contents changed eases and pulses again");
        frames = 1;
        while (!banks.isSettled() && frames < 600) {
            banks.animate(map, FRAME);
            frames++;
        }
        assertTrue(frames <= 60, "and comes to rest within a second: " + frames + " frames");
        com.badlogic.gdx.graphics.Color shown = new com.badlogic.gdx.graphics.Color();
        com.badlogic.gdx.graphics.Color wanted = new com.badlogic.gdx.graphics.Color();
        for (int bank = 0; bank < map.bankCount(); bank++) {
            for (int stripe = 0; stripe < MemoryMap.STRIPES; stripe++) {
                BankGridView.colourOf(map.content(bank, stripe), wanted);
                banks.shown(bank, stripe, shown);
                assertTrue(Math.abs(shown.r - wanted.r) + Math.abs(shown.g - wanted.g) + Math.abs(shown.b - wanted.b) < 1e-6f,
                        "bank " + bank + " stripe " + stripe + " shows its contents' colour");
            }
        }
    }

    private static int[] contents(MemoryMap map) {
        int[] out = new int[map.bankCount() * MemoryMap.STRIPES];
        for (int bank = 0; bank < map.bankCount(); bank++) {
            for (int stripe = 0; stripe < MemoryMap.STRIPES; stripe++) {
                out[bank * MemoryMap.STRIPES + stripe] = map.content(bank, stripe);
            }
        }
        return out;
    }
}
