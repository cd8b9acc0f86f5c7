package dev.kvcache.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import com.badlogic.gdx.graphics.Color;
import java.lang.management.ManagementFactory;
import org.junit.jupiter.api.Test;

/** The waves are continuous strips of a fixed number of quads, rebuilt every frame without allocating. */
class BackgroundWavesTest {
    private static final int QUAD_FLOATS = 20;

    @Test
    void fullDetailDrawsTheSameNumberOfQuadsEveryFrame() {
        BackgroundWaves waves = new BackgroundWaves();
        // 43, 61 and 80 segments for 1.6, 2.3 and 3 periods; half as many at half detail.
        int expected = (43 + 61 + 80) * BackgroundWaves.QUADS_PER_SEGMENT * QUAD_FLOATS;
        assertEquals(expected, waves.build(0, 0, 1600, 1000, 0.5f, 1f));
        waves.advance(0.5f, 1f);
        assertEquals(expected, waves.build(0, 0, 1600, 1000, 1.2f, 1f));
        int half = (21 + 31 + 40) * BackgroundWaves.QUADS_PER_SEGMENT * QUAD_FLOATS;
        assertEquals(half, waves.build(0, 0, 900, 600, 0.2f, 0.5f));
    }

    @Test
    void everyWaveIsCutAsFinelyPerPeriodAsTheOneWithTheMostPeriods() {
        float busiest = BackgroundWaves.SEGMENTS / BackgroundWaves.periods(2);
        for (int wave = 0; wave < 3; wave++) {
            float perPeriod = BackgroundWaves.segments(wave, 1f) / BackgroundWaves.periods(wave);
            // Within one segment's rounding of the busiest wave's 26.7 a period, never coarser by more.
            assertEquals(busiest, perPeriod, 1f / BackgroundWaves.periods(wave) + 1e-3f, "wave " + wave);
        }
    }

    @Test
    void neighbouringSegmentsShareTheirEdgesSoTheStripHasNoSteps() {
        BackgroundWaves waves = new BackgroundWaves();
        waves.advance(1.3f, 0.7f);
        waves.build(10, 20, 1600, 1000, 0.7f, 1f);
        float[] v = waves.vertices();
        int segmentFloats = BackgroundWaves.QUADS_PER_SEGMENT * QUAD_FLOATS;
        for (int segment = 0; segment + 1 < BackgroundWaves.segments(0, 1f); segment++) {
            int core = segment * segmentFloats + QUAD_FLOATS;
            int nextCore = core + segmentFloats;
            // Right edge (vertices 2 and 3) of this core quad is the left edge (vertices 1 and 0) of the next.
            assertEquals(v[core + 10], v[nextCore + 5], 1e-3f);
            assertEquals(v[core + 11], v[nextCore + 6], 1e-3f);
            assertEquals(v[core + 16], v[nextCore + 1], 1e-3f);
        }
    }

    @Test
    void halosFadeToNothingAtTheirOuterEdges() {
        BackgroundWaves waves = new BackgroundWaves();
        waves.build(0, 0, 1600, 1000, 0.5f, 1f);
        float[] v = waves.vertices();
        Color colour = new Color();
        Color.abgr8888ToColor(colour, v[2]);
        assertEquals(0f, colour.a, 0.01f);
        Color.abgr8888ToColor(colour, v[QUAD_FLOATS + 2]);
        assertEquals(0.125f, colour.a, 0.01f);
    }

    @Test
    void rebuildingAThousandFramesAllocatesNothing() {
        BackgroundWaves waves = new BackgroundWaves();
        float[] before = waves.vertices();
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        for (int frame = 0; frame < 200; frame++) {
            waves.advance(1f / 60f, 0.9f);
            waves.build(0, 0, 1600, 1000, 0.9f, 1f);
        }
        long start = threads.getThreadAllocatedBytes(Thread.currentThread().getId());
        for (int frame = 0; frame < 1000; frame++) {
            waves.advance(1f / 60f, 0.9f);
            waves.build(0, 0, 1600, 1000, 0.9f, 1f);
        }
        long allocated = threads.getThreadAllocatedBytes(Thread.currentThread().getId()) - start;
        assertEquals(0L, allocated);
        assertSame(before, waves.vertices());
    }
}
