package dev.kvcache.host;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Reduced motion follows the system's preference when it starts or changes, and the key in between. */
class MotionSettingTest {
    @Test
    void startsAsTheSystemAsksAndTheKeyOverridesUntilTheSystemChanges() {
        MotionSetting motion = new MotionSetting();
        motion.follow(Motion.REDUCED);
        assertEquals(Motion.REDUCED, motion.motion(), "prefers-reduced-motion at start");

        motion.toggle();
        motion.follow(Motion.REDUCED);
        assertEquals(Motion.FULL, motion.motion(), "the key wins while the system's preference stays put");

        motion.follow(Motion.FULL);
        assertEquals(Motion.FULL, motion.motion());
        motion.follow(Motion.REDUCED);
        assertEquals(Motion.REDUCED, motion.motion(), "a new system preference is followed");
    }

    @Test
    void theKeySwitchesBothWaysAndSaysWhatStopped() {
        MotionSetting motion = new MotionSetting();
        motion.follow(Motion.FULL);
        assertEquals("reduced motion: waves, particles and pulses stopped; the run goes on", motion.toggle());
        assertEquals(Motion.REDUCED, motion.motion());
        assertEquals("full motion: waves, particles and pulses back", motion.toggle());
        assertEquals(Motion.FULL, motion.motion());
    }
}
