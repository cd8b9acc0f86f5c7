package dev.kvcache.memory;

/**
 * Which decoder layers each pipeline stage holds, by vLLM's rule ({@code get_pp_indices}): every
 * stage gets layers / pp, and the remainder goes one each to the stages just before the last, whose
 * own load already includes the output head.
 */
public final class PipelineSplit {
    private final int[] starts;

    public PipelineSplit(int layers, int stages) {
        if (stages < 1 || stages > layers) {
            throw new IllegalArgumentException("pipeline parallel size " + stages
                    + " must be between 1 and the model's " + layers + " layers");
        }
        int[] sizes = new int[stages];
        for (int s = 0; s < stages; s++) {
            sizes[s] = layers / stages;
        }
        int remaining = layers % stages;
        for (int i = 2; i < remaining + 2; i++) {
            sizes[stages - i]++;
        }
        starts = new int[stages + 1];
        for (int s = 0; s < stages; s++) {
            starts[s + 1] = starts[s] + sizes[s];
        }
    }

    public int stages() {
        return starts.length - 1;
    }

    /** First layer of stage {@code s} (inclusive). */
    public int start(int s) {
        return starts[s];
    }

    /** One past the last layer of stage {@code s}. */
    public int end(int s) {
        return starts[s + 1];
    }

    public int layers(int s) {
        return end(s) - start(s);
    }

    public boolean isFirst(int s) {
        return s == 0;
    }

    public boolean isLast(int s) {
        return s == stages() - 1;
    }
}
