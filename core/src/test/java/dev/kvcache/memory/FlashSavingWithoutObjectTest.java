package dev.kvcache.memory;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.kvcache.TestCatalog;
import dev.kvcache.catalog.Catalog;
import dev.kvcache.sim.FlashMode;
import org.junit.jupiter.api.Test;

/**
 * The saving the scene reads every frame, and the workspace each GPU reserves that the layout
 * search reads for every candidate, worked out without making a workspace, equal the workspace's
 * own: on GPUs split by heads and tokens and on chips a compiler partitions evenly.
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
                        FlashAttentionWorkspace w = LayoutCost.workspace(s, batch, context, l[0], l[2], gpus);
                        String where = scene[0] + " on " + scene[1] + ", batch " + batch + ", " + context
                                + " tokens, tp " + l[0] + " cp " + l[2];
                        assertEquals(w.savedBytes(), LayoutCost.workspaceSaved(s, batch, context, l[0], l[2], gpus),
                                where);
                        for (FlashMode flash : FlashMode.values()) {
                            assertEquals(LayoutCost.workspaceBytes(w, flash),
                                    LayoutCost.workspaceReserved(s, batch, context, l[0], l[2], gpus, flash),
                                    where + ", " + flash);
                        }
                        checked++;
                    }
                }
            }
        }
        assertEquals(7 * 4 * 6 * 4, checked);
    }
}
