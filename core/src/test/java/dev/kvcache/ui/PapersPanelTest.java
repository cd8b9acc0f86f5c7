package dev.kvcache.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.badlogic.gdx.utils.Array;
import dev.kvcache.catalog.AttentionKind;
import dev.kvcache.catalog.PaperReference;
import dev.kvcache.sim.BatchingMode;
import dev.kvcache.sim.FlashMode;
import dev.kvcache.sim.Offload;
import dev.kvcache.sim.OffloadLink;
import dev.kvcache.sim.PagingMode;
import dev.kvcache.sim.PrefixWorkload;
import dev.kvcache.sim.SimSettings;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Which references the panel lists: one per optimisation switched on and the attention kind's, from the data. */
class PapersPanelTest {
    private static List<PaperReference> all() {
        List<PaperReference> papers = new ArrayList<>();
        for (String id : PapersPanel.IDS) {
            papers.add(new PaperReference(id, id + " paper", "https://example.org/" + id));
        }
        return papers;
    }

    private static String ids(Array<PaperReference> papers) {
        StringBuilder b = new StringBuilder();
        for (PaperReference p : papers) {
            b.append(b.length() == 0 ? "" : " ").append(p.id());
        }
        return b.toString();
    }

    @Test
    void everythingOnListsEachPaperOnceInOrder() {
        PapersPanel panel = new PapersPanel();
        panel.use(all());
        SimSettings on = SimSettings.builder().batching(BatchingMode.CONTINUOUS).paging(PagingMode.PAGED)
                .flash(FlashMode.FLASH).build();
        assertEquals("orca vllm flash-attention flash-attention-2 mla", ids(panel.papersFor(on, AttentionKind.MLA)));
        SimSettings offloading = on.toBuilder().offload(Offload.of(64, OffloadLink.AUTO)).build();
        assertEquals("orca vllm flash-attention flash-attention-2 gqa mooncake",
                ids(panel.papersFor(offloading, AttentionKind.GQA)));
        SimSettings both = offloading.toBuilder().prefix(PrefixWorkload.CHAT).build();
        assertEquals("orca vllm flash-attention flash-attention-2 radix-attention mla mooncake",
                ids(panel.papersFor(both, AttentionKind.MLA)));
        assertEquals(PapersPanel.MAX, panel.papersFor(both, AttentionKind.GQA).size, "the most the panel holds");
    }

    @Test
    void switchedOffOptimisationsAndPlainAttentionCiteNothing() {
        PapersPanel panel = new PapersPanel();
        panel.use(all());
        SimSettings off = SimSettings.builder().batching(BatchingMode.STATIC).paging(PagingMode.CONTIGUOUS)
                .flash(FlashMode.STANDARD).build();
        assertEquals("", ids(panel.papersFor(off, AttentionKind.MHA)));
        assertEquals("mqa", ids(panel.papersFor(off, AttentionKind.MQA)));
    }

    @Test
    void aPaperMissingFromTheDataIsLeftOutNotShownWithoutItsLink() {
        PapersPanel panel = new PapersPanel();
        List<PaperReference> some = all();
        some.removeIf(p -> p.id().equals("vllm"));
        panel.use(some);
        SimSettings paged = SimSettings.builder().batching(BatchingMode.STATIC).paging(PagingMode.PAGED)
                .flash(FlashMode.STANDARD).build();
        assertEquals("gqa", ids(panel.papersFor(paged, AttentionKind.GQA)));
    }
}
