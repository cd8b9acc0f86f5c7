package dev.kvcache.scenario;

import dev.kvcache.sim.SimSettings;

/** The speed presets (0.5x, 1x, 2x, 10x, 100x) that keys, buttons and pinches step through. */
public final class SpeedSteps {
    private static final double[] PRESETS = {0.5, 1, 2, 10, 100};

    private SpeedSteps() {
    }

    /** The next preset above {@code speed}, or the fastest. */
    public static double faster(double speed) {
        for (double p : PRESETS) {
            if (p > speed + 1e-9) {
                return p;
            }
        }
        return SimSettings.MAX_SPEED;
    }

    /** The next preset below {@code speed}, or the slowest. */
    public static double slower(double speed) {
        for (int i = PRESETS.length - 1; i >= 0; i--) {
            if (PRESETS[i] < speed - 1e-9) {
                return PRESETS[i];
            }
        }
        return SimSettings.MIN_SPEED;
    }
}
