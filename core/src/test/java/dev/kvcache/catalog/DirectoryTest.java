package dev.kvcache.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.kvcache.TestCatalog;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Names resolve exactly, by alias, or by one clear near match; junk never resolves. */
class DirectoryTest {
    private final Directory<ModelSpec> models = TestCatalog.get().models();
    private final Directory<DeviceSpec> devices = TestCatalog.get().devices();

    @Test
    void exactIdsNamesAndAliasesIgnoringCaseAndPunctuation() {
        assertEquals("llama-3.1-8b", models.find("llama-3.1-8b").id());
        assertEquals("llama-3.1-8b", models.find("Llama 3.1 8B").id());
        assertEquals("llama-3.1-70b", models.find("llama-70b").id());
        assertEquals("rtx-4090", devices.find("4090").id());
    }

    @Test
    void aClearNearMatchIsSuggested() {
        assertNull(models.find("lama-3.1-8b"));
        assertEquals("llama-3.1-8b", models.suggest("lama-3.1-8b"), "one letter dropped");
        assertEquals("llama-3.1-8b", models.suggest("llama-3.1-8c"));
        assertEquals("h100", devices.suggest("h10"));
        assertEquals("llama-4-maverick", models.suggest("maver"), "a prefix of one model's names only");
    }

    @ParameterizedTest
    @ValueSource(strings = {"12345", "<script>", "", "   ", "zz", "x1", "llama", "qwen", "deepseek-v9-ultra",
        "llama-3.1-7b", "glm-9000"})
    void junkAndAmbiguousNamesSuggestNothing(String name) {
        assertNull(models.suggest(name), name);
    }

    @Test
    void junkDevicesSuggestNothingAndALongNameIsCheap() {
        assertNull(devices.suggest("12345"));
        assertNull(devices.suggest("<script>"));
        assertNull(models.suggest("llama".repeat(20_000)), "a 100,000-character name");
    }
}
