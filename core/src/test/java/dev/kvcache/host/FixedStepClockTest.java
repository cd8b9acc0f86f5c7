package dev.kvcache.host;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class FixedStepClockTest {
    @Test
    void runsTicksAtTheRequestedRateWhateverTheFrameRate() {
        FixedStepClock clock = new FixedStepClock();
        long ticks = 0;
        for (int frame = 0; frame < 600; frame++) {
            ticks += clock.advance(1.0 / 60, 30); // 10 s at 60 fps, 30 ticks/s
        }
        assertEquals(300, ticks, 1);
        FixedStepClock slow = new FixedStepClock();
        long slowTicks = 0;
        for (int frame = 0; frame < 150; frame++) {
            slowTicks += slow.advance(1.0 / 15, 30); // the same 10 s at 15 fps
        }
        assertEquals(300, slowTicks, 1);
    }

    @Test
    void capsALongStallAndBoundsTicksPerFrame() {
        FixedStepClock clock = new FixedStepClock();
        assertEquals(7, clock.advance(5.0, 30), "a 5 s stall counts as 0.25 s");
        assertTrue(clock.advance(0.25, 1_000_000) <= FixedStepClock.MAX_TICKS_PER_FRAME);
    }

    @Test
    void pausedOrNonsenseRatesRunNothingAndNeverGoNaN() {
        FixedStepClock clock = new FixedStepClock();
        assertEquals(0, clock.advance(0.016, 0));
        assertEquals(0, clock.advance(Double.NaN, 30));
        assertEquals(0, clock.advance(0.016, Double.NaN));
        assertEquals(0, clock.advance(-1, 30));
        assertEquals(0f, clock.alpha());
    }

    @Test
    void alphaIsTheFractionTowardsTheNextTick() {
        FixedStepClock clock = new FixedStepClock();
        assertEquals(0, clock.advance(0.5 / 30, 30));
        assertEquals(0.5f, clock.alpha(), 1e-4);
    }
}
