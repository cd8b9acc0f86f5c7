package dev.kvcache.sim;

/**
 * The fewest GPUs for which a test holds, when adding GPUs never breaks it: doubling, then
 * halving, from 1. One search shared by the simulation's pool and the memory engine's "GPUs
 * needed", so both land on the same count.
 */
public final class GpuSearch {
    /** Whether {@code gpus} GPUs hold what is asked. */
    public interface Test {
        boolean holds(int gpus);
    }

    private GpuSearch() {
    }

    /** The fewest GPUs in 1..{@code max} that hold; {@code max} when none does. */
    public static int fewest(Test test, int max) {
        if (test.holds(1)) {
            return 1;
        }
        long lo = 1;
        long hi = Math.min(2, max);
        while (!test.holds((int) hi)) {
            if (hi >= max) {
                return max;
            }
            lo = hi;
            hi = Math.min(max, hi * 2);
        }
        while (hi - lo > 1) {
            long mid = (lo + hi) >>> 1;
            if (test.holds((int) mid)) {
                hi = mid;
            } else {
                lo = mid;
            }
        }
        return (int) hi;
    }
}
