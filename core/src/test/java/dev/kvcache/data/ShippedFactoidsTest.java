package dev.kvcache.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kvcache.TestCatalog;
import dev.kvcache.catalog.Catalog;
import dev.kvcache.catalog.Factoid;
import dev.kvcache.catalog.FigureSpec;
import dev.kvcache.memory.FactoidText;
import dev.kvcache.units.Quantities;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The shipped factoids load cleanly and every number in them is recomputed by the engine on each
 * run, so a factoid can never drift from the math; the inputs a figure uses are quoted in its text.
 */
class ShippedFactoidsTest {
    private static final Catalog CATALOG = TestCatalog.get();

    private static List<Factoid> load() {
        FactoidLoader loader = new FactoidLoader();
        List<Factoid> factoids = loader.load(TestCatalog.file("factoids.json"));
        assertEquals("[]", loader.problems().toString());
        return factoids;
    }

    private static String render(String id) {
        for (Factoid f : load()) {
            if (f.id().equals(id)) {
                List<String> problems = new ArrayList<>();
                String text = new FactoidText(CATALOG).render(f, problems);
                assertEquals("[]", problems.toString());
                return text;
            }
        }
        throw new AssertionError("no factoid " + id);
    }

    @Test
    void shippedFileLoadsAndEveryFactoidRendersFully() {
        List<Factoid> factoids = load();
        assertTrue(factoids.size() >= 24, "factoids: " + factoids.size());
        FactoidText text = new FactoidText(CATALOG);
        for (Factoid f : factoids) {
            List<String> problems = new ArrayList<>();
            String line = text.render(f, problems);
            assertEquals("[]", problems.toString(), f.id());
            assertNotNull(line, f.id());
            System.out.println(f.id() + ": " + line);
            assertTrue(line.indexOf('{') < 0 && line.indexOf('}') < 0, f.id() + ": " + line);
            assertTrue(!line.contains("NaN") && !line.contains("Infinity") && !line.contains(" -"), f.id() + ": " + line);
            assertTrue(line.length() <= 300, f.id() + " is too long for the ticker: " + line.length());
        }
    }

    @Test
    void everyFactoidHasFiguresOrCitesASource() {
        for (Factoid f : load()) {
            assertTrue(!f.figures().isEmpty() || !f.source().isEmpty(), f.id());
        }
    }

    /** A figure's inputs (context, batch, GPU count, tp) must appear in the sentence, so text and spec agree. */
    @Test
    void inputsOfEveryFigureAreQuotedInItsText() {
        for (Factoid f : load()) {
            for (FigureSpec s : f.figures().values()) {
                checkQuoted(f, s);
            }
        }
    }

    private static void checkQuoted(Factoid f, FigureSpec s) {
        if (s.child("of") != null) {
            checkQuoted(f, s.child("of"));
            checkQuoted(f, s.child("to"));
            return;
        }
        if (s.has("context")) {
            long c = (long) s.number("context", 0);
            assertTrue(f.template().contains(Quantities.tokenCount(c)), f.id() + " does not quote context "
                    + Quantities.tokenCount(c));
        }
        for (String key : new String[] {"batch", "gpus", "tp", "utilization"}) {
            if (s.has(key) && s.number(key, 1) != 1) {
                double v = s.number(key, 1);
                String n = v == Math.floor(v) ? Long.toString((long) v) : Double.toString(v);
                assertTrue(f.template().contains(n), f.id() + " does not quote " + key + " " + n);
            }
        }
    }

    @Test
    void pinnedRenderings() {
        assertTrue(render("llama70b-kv-per-token").contains("327,680 B"));
        assertTrue(render("mla-deepseek-v3").contains("70,272 B"));
        assertTrue(render("gqa-llama70b").contains("8x"));
        assertTrue(render("fp8-kv-halves").contains("131,072 B") && render("fp8-kv-halves").contains("65,536 B"));
        assertTrue(render("h100-usable").contains("79.19 GiB"));
        assertTrue(render("qwen3-next-hybrid").startsWith("Only 12 of Qwen3-Next-80B's 48 layers"));
        assertTrue(render("wse3-sram").contains("44 GB"));
        assertTrue(render("vllm-paging-waste").endsWith("(vLLM paper, SOSP'23)"));
    }
}
