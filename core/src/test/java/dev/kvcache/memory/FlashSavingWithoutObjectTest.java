package dev.kvcache.memory;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.kvcache.TestCatalog;
import dev.kvcache.catalog.Catalog;
import org.junit.jupiter.api.Test;

/**
 * The saving the scene reads every frame, worked out without making a workspace, equals the
 * workspace's own: on GPUs split by heads and tokens and on chips a compiler partitions evenly.
 */
class FlashSavingWithoutObjectTest {
    private final Catalog c = TestCatalog.get();

    @Test
    void theAllocationFreeSavingEqualsTheWorkspaces() {
        String[][] scenes = {{"llama-8b", "h100"}, {"llama-70b", "h100"}, {"gpt-oss-120b", "b200"},
            {"llama-70b", "wse-3"}, {"llama-8b", "groq"}, {"llama-8b", "tpu-v4"}, {"mistral-7b", "rtx-4090"}};
        long[] batches = {1, 3, 8, 32};
        long[] contexts = {1, 700, 1024, 4096, 131_072, 100_000_000L};
        int[][] layouts = {{1, 1, 1}, {2, 1, 1}, {8, 2, 1}, {8, 16, 39}};
        int checked = 0;
        for (String[] scene : scenes) {
            Scenario s = new Scenario.Builder(c.model(scene[0]), c.device(scene[1])).build();
            for (long batch : batches) {
                for (long context : contexts) {
                    for (int[] l : layouts) {
                        long gpus = (long) l[0] * l[1] * l[2];
                        long expected = LayoutCost.workspace(s, batch, context, l[0], l[2], gpus).savedBytes();
                        assertEquals(expected, LayoutCost.workspaceSaved(s, batch, context, l[0], l[2], gpus),
                                scene[0] + " on " + scene[1] + ", batch " + batch + ", " + context + " tokens, tp "
                                        + l[0] + " cp " + l[2]);
                        checked++;
                    }
                }
            }
        }
        assertEquals(7 * 4 * 6 * 4, checked);
    }
}
