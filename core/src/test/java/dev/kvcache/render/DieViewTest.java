package dev.kvcache.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The die's tiles follow FlashAttention's causal order and pulse faster as decoding speeds up. */
class DieViewTest {
    @Test
    void sweepVisitsEveryCausalTileOnceRowByRowLeftToRight() {
        int expected = 0;
        for (int row = 0; row < DieView.GRID; row++) {
            for (int column = 0; column <= row; column++) {
                assertEquals(expected, DieView.sweepOrder(row, column));
                assertEquals(row, DieView.rowOf(expected));
                expected++;
            }
        }
        assertEquals(DieView.CAUSAL_TILES, expected);
    }

    @Test
    void pulseFollowsTheDecodeRate() {
        assertEquals(0f, DieView.pulseHertz(0));
        assertEquals(1f, DieView.pulseHertz(30), 1e-6f);
        float previous = 0f;
        for (double speed : new double[] {0.5, 1, 2, 5, 10, 25, 50, 100}) {
            float hertz = DieView.pulseHertz(30 * speed);
            assertTrue(hertz >= previous, "no slower at " + speed + "x");
            previous = hertz;
        }
        assertTrue(DieView.pulseHertz(30 * 10) > DieView.pulseHertz(30));
        assertEquals(6f, DieView.pulseHertz(30 * 100), 0.05f);
    }
}
