package dev.kvcache.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.kvcache.TestCatalog;
import dev.kvcache.catalog.Precision;
import org.junit.jupiter.api.Test;

/** The legend names what the fixed per-sequence region holds: a KIVI cache's unquantized recent tokens too. */
class WindowLabelTest {
    private static String label(String model, Precision kv) {
        return MemoryCaption.windowLabel(new StringBuilder(), TestCatalog.get().model(model), kv).toString();
    }

    @Test
    void kiviNamesItsRecentWindowAloneOrBesideTheModelsWindows() {
        assertEquals("KIVI's unquantized last 128 tokens, fixed per sequence (with a bar) ",
                label("llama-3.1-8b", Precision.INT2));
        assertEquals("KIVI's unquantized last 128 tokens and sliding-window KV, fixed per sequence (with a bar) ",
                label("gemma-3-27b", Precision.INT4));
        assertEquals("sliding-window KV, fixed per sequence (with a bar) ", label("gemma-3-27b", Precision.BF16));
        assertEquals("linear-attention state, fixed per sequence (with a bar) ", label("qwen3-next-80b", Precision.FP8));
    }
}
