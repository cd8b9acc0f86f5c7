package dev.kvcache.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.badlogic.gdx.math.Rectangle;
import dev.kvcache.TestCatalog;
import dev.kvcache.host.Motion;
import dev.kvcache.host.SimulationHost;
import dev.kvcache.sim.GpuCount;
import dev.kvcache.sim.Offload;
import dev.kvcache.sim.OffloadLink;
import dev.kvcache.sim.PagingMode;
import dev.kvcache.sim.SimSettings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * KV offload's strip: where it sits (under the die, clear of every module, moving nothing when the side
 * columns leave room), and its blocks: sent as caches leave and return, crossing at the link's speed,
 * landing once paused, none under reduced motion.
 */
class HostStripTest {
    private static final float FRAME = 1f / 60f;

    @ParameterizedTest
    @CsvSource({"1600, 1000, 5", "742, 514, 5", "390, 300, 5", "1600, 1000, 8", "1600, 1000, 12", "1200, 800, 24"})
    void theStripSitsUnderTheDieClearOfEveryModule(float width, float height, int modules) {
        SceneLayout layout = new SceneLayout();
        layout.update(0, 0, width, height, modules, 60f, HostStrip.SHOWN);
        Rectangle strip = layout.hostStrip();
        Rectangle die = layout.die();
        assertTrue(strip.height > 0 && strip.width == die.width, "a strip as wide as the die");
        assertTrue(strip.y + strip.height < die.y, "under the die, its link between them");
        for (int i = 0; i < layout.modules().size; i++) {
            assertFalse(strip.overlaps(layout.modules().get(i)), "strip overlaps module " + i);
        }
        assertTrue(strip.y >= layout.captionTop(), "above the caption");
        assertTrue(strip.y >= 0 && strip.x >= 0 && strip.x + strip.width <= width, "inside the area");
        SceneLayout without = new SceneLayout();
        without.update(0, 0, width, height, modules, 60f);
        assertEquals(0f, without.hostStrip().height, "no strip without offload");
        if (modules <= 8) {
            // The side columns leave room under the die: nothing else moves when offload turns on.
            assertEquals(without.die(), die);
            assertEquals(without.captionTop(), layout.captionTop(), 1e-3f);
        }
    }

    @Test
    void blocksCrossAtASpeedProportionalToTheLink() {
        assertEquals(HostStripView.PCIE5_SECONDS, HostStripView.crossingSeconds(64), 1e-6f);
        // NVLink-C2C's 450 GB/s is 7x PCIe 5.0's 64: a seventh of the time; an NVMe SSD's 7.45 GB/s, 8.6 times it.
        assertEquals(HostStripView.PCIE5_SECONDS * 64 / 450, HostStripView.crossingSeconds(450), 1e-6f);
        assertEquals(HostStripView.crossingSeconds(7.45) / HostStripView.crossingSeconds(64), 64 / 7.45, 1e-4);
    }

    @Test
    void cachesLeavingSendBlocksThatLandOncePausedAndNoneUnderReducedMotion() {
        SimulationHost host = new SimulationHost(TestCatalog.get(), SimSettings.builder().modelId("llama-3.1-70b")
                .deviceId("h100").batch(32).contextTokens(131_072).gpuCount(GpuCount.fixed(4)).paging(PagingMode.PAGED)
                .offload(Offload.of(64, OffloadLink.NVME)).speed(100).build());
        HostStripView strip = new HostStripView();
        int busiest = 0;
        for (int frame = 0; frame < 600 && host.simulation().host().offloads() < 10; frame++) {
            host.advance(FRAME);
            strip.update(host, FRAME, Motion.FULL);
            busiest = Math.max(busiest, strip.flying());
        }
        assertTrue(host.simulation().host().offloads() >= 10, "the pool must be short: caches leave");
        assertTrue(busiest > 0, "a block for each cache that left");
        assertTrue(busiest <= HostStripView.CAPACITY);
        host.pause();
        int frames = 0;
        while (!strip.isEmpty() && frames < 600) {
            strip.update(host, FRAME, Motion.FULL);
            frames++;
        }
        // Over NVMe a block takes over 5 s to cross while playing; paused, the last lands within a second.
        assertTrue(frames <= 61, "landed in " + frames + " frames");
        host.play();
        for (int frame = 0; frame < 120; frame++) {
            host.advance(FRAME);
            strip.update(host, FRAME, Motion.REDUCED);
            assertEquals(0, strip.flying(), "nothing flies under reduced motion");
        }
    }
}
