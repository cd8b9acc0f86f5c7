package dev.kvcache.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The red edges appear only past 80% memory use and only ever grow with it. */
class PressureVignetteTest {
    @Test
    void noVignetteUpToEightyPercent() {
        assertEquals(0f, PressureVignette.strength(0.0));
        assertEquals(0f, PressureVignette.strength(0.5));
        assertEquals(0f, PressureVignette.strength(0.8));
        assertEquals(0f, PressureVignette.strength(Double.NaN));
    }

    @Test
    void growsMonotonicallyAboveEightyPercentAndSaturates() {
        float previous = 0f;
        for (double usage = 0.81; usage <= 1.5; usage += 0.01) {
            float strength = PressureVignette.strength(usage);
            assertTrue(strength > previous, "strength must grow at usage " + usage);
            previous = strength;
        }
        assertEquals(0.7f, PressureVignette.strength(1.0), 1e-6f);
        assertEquals(1f, PressureVignette.strength(1.5), 1e-6f);
        assertEquals(1f, PressureVignette.strength(40.0), 1e-6f);
    }
}
