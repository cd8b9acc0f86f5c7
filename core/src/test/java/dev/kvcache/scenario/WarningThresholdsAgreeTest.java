package dev.kvcache.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.kvcache.memory.UsageLevel;
import dev.kvcache.sim.MemoryUsage;
import org.junit.jupiter.api.Test;

/**
 * The static figures (report, budget bar) and the live simulation each define the warning level,
 * so that neither package depends on the other; they must warn at the same fraction.
 */
class WarningThresholdsAgreeTest {
    @Test
    void staticFiguresAndSimulationWarnAtTheSameFraction() {
        assertEquals(UsageLevel.WARNING_FRACTION, MemoryUsage.WARNING_FRACTION);
        assertEquals(UsageLevel.WARNING, UsageLevel.of(MemoryUsage.WARNING_FRACTION));
        assertEquals(UsageLevel.CRITICAL, UsageLevel.of(1.0));
    }
}
