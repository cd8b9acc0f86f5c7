package dev.kvcache.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kvcache.TestCatalog;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The model search over the shipped catalog: any part of id, name or alias, case and punctuation ignored, best first. */
class ModelSearchTest {
    private final ModelSearch search = new ModelSearch(TestCatalog.get().models());

    private List<String> ids(String typed) {
        List<String> ids = new ArrayList<>();
        for (ModelSpec m : search.matches(typed)) {
            ids.add(m.id());
        }
        return ids;
    }

    @Test
    void theFullIdFindsExactlyThatModel() {
        assertEquals(List.of("gemma-3-27b"), ids("gemma-3-27b"));
        assertEquals(List.of("gemma-3-27b"), ids("Gemma-3-27B"), "case ignored");
        assertEquals(List.of("gemma-3-27b"), ids("gemma 3 27b"), "punctuation ignored");
    }

    @Test
    void partsOfNamesIdsAndAliasesMatch() {
        assertEquals(List.of("gemma-2-9b", "gemma-3-12b", "gemma-3-27b"), ids("GEMMA"));
        assertEquals(List.of("gemma-3-12b", "gemma-3-27b"), ids("gemma-3"));
        assertEquals(List.of("deepseek-v2-lite"), ids("lite-chat"), "part of an alias only (deepseek-v2-lite-chat)");
        assertTrue(ids("27b").containsAll(List.of("gemma-3-27b", "qwen3.5-27b")), ids("27b").toString());
        assertEquals(List.of(), ids("zzz"));
    }

    @Test
    void anExactNameComesFirstThenPrefixesThenTheRest() {
        List<String> mistral = ids("mistral-7b");
        assertEquals("mistral-7b", mistral.get(0), mistral.toString());
        List<String> llama = ids("llama");
        assertEquals("codellama-7b", llama.get(llama.size() - 1), "llama inside a name comes after names starting with it: " + llama);
        assertEquals("deepseek-r1", ids("r1").get(0), "the alias r1 names DeepSeek-R1 exactly");
    }

    @Test
    void nothingTypedListsEveryModelInCatalogOrder() {
        List<String> all = new ArrayList<>();
        for (ModelSpec m : TestCatalog.get().models().all()) {
            all.add(m.id());
        }
        assertEquals(all, ids(""));
        assertEquals(all, ids(" - "), "no letter or digit");
    }
}
