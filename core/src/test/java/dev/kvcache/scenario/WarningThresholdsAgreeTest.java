package dev.kvcache.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.kvcache.sim.MemoryUsage;
import dev.kvcache.sim.UsageLevel;
import org.junit.jupiter.api.Test;

/**
 * The static figures (report, budget bar) and the live simulation each define the warning level,
 * so that neither package depends on the other; they must warn at the same fraction.
 */
class WarningThresholdsAgreeTest {
    @Test
    void staticFiguresAndSimulationWarnAtTheSameFraction() {
        assertEquals(UsageLevel.WARNING_FRACTION, UsageLevel.WARNING_FRACTION);
        assertEquals(UsageLevel.WARNING, UsageLevel.of(UsageLevel.WARNING_FRACTION));
        assertEquals(UsageLevel.CRITICAL, UsageLevel.of(1.0));
    }
}
