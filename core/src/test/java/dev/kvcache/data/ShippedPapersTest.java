package dev.kvcache.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kvcache.TestCatalog;
import dev.kvcache.catalog.PaperReference;
import dev.kvcache.ui.PapersPanel;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The shipped paper references: every paper the panel can show has a line and an https address,
 * and an address agrees with its line (the arXiv id printed is the one opened).
 */
class ShippedPapersTest {
    private static List<PaperReference> load() {
        PaperLoader loader = new PaperLoader();
        List<PaperReference> papers = loader.load(TestCatalog.file("papers.json"));
        assertEquals("[]", loader.problems().toString());
        return papers;
    }

    @Test
    void everyPaperThePanelCanShowHasAnAddress() {
        List<PaperReference> papers = load();
        for (String id : PapersPanel.IDS) {
            PaperReference paper = PaperReference.find(papers, id);
            assertNotNull(paper, "papers.json has no paper " + id);
            assertTrue(paper.url().startsWith("https://"), paper.toString());
            assertTrue(!paper.text().isEmpty(), id);
        }
    }

    @Test
    void anArxivReferenceOpensItsOwnAbstractPage() {
        int arxiv = 0;
        for (PaperReference paper : load()) {
            int at = paper.text().indexOf("arXiv ");
            if (at < 0) {
                assertTrue(!paper.url().contains("arxiv.org"), "the line names no arXiv id: " + paper);
                continue;
            }
            String id = paper.text().substring(at + "arXiv ".length(), at + "arXiv ".length() + "2309.06180".length());
            assertTrue(id.matches("\\d{4}\\.\\d{5}"), "arXiv id in " + paper);
            assertEquals("https://arxiv.org/abs/" + id, paper.url(), paper.id());
            arxiv++;
        }
        assertEquals(8, arxiv, "vLLM, FlashAttention, FlashAttention-2, RadixAttention, GQA, MQA, MLA and Mooncake are on arXiv");
        assertEquals("https://www.usenix.org/conference/osdi22/presentation/yu",
                PaperReference.find(load(), "orca").url(), "Orca is in the OSDI'22 proceedings, not on arXiv");
    }

    @Test
    void addressesThatAreNotPlainHttpsAreRefused() {
        PaperLoader loader = new PaperLoader();
        List<PaperReference> papers = loader.load("{\"version\": 1, \"papers\": ["
                + "{\"id\": \"a\", \"text\": \"A\", \"url\": \"http://arxiv.org/abs/1\"},"
                + "{\"id\": \"b\", \"text\": \"B\", \"url\": \"https://x.org/a b\"},"
                + "{\"id\": \"c\", \"text\": \"C\"},"
                + "{\"id\": \"d\", \"text\": \"D\", \"url\": \"javascript:alert(1)\"},"
                + "{\"id\": \"e\", \"text\": \"E\", \"url\": \"https://arxiv.org/abs/2\"},"
                + "{\"id\": \"e\", \"text\": \"E again\", \"url\": \"https://arxiv.org/abs/3\"}]}");
        assertEquals(1, papers.size(), papers.toString());
        assertEquals("e", papers.get(0).id());
        assertEquals(List.of(
                "papers.json paper a: url must be an https:// address, got \"http://arxiv.org/abs/1\"",
                "papers.json paper b: url must not hold spaces, quotes, angle brackets or non-ASCII characters",
                "papers.json paper c: url is missing",
                "papers.json paper d: url must be an https:// address, got \"javascript:alert(1)\"",
                "papers.json paper e: id is already used"), loader.problems());
    }
}
