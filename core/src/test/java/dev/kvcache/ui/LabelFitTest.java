package dev.kvcache.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Long names are shortened at word boundaries, never inside a word, with a monospace width of 1 per char. */
class LabelFitTest {
    private static final LabelFit.Measure CHARS = CharSequence::length;

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "DeepSeek-V2-Lite | 16 | DeepSeek-V2-Lite",
        "DeepSeek-V2-Lite | 15 | DeepSeek-V2\u2026",
        "DeepSeek-V2-Lite | 10 | DeepSeek\u2026",
        "Qwen-3-Next-80B | 12 | Qwen-3-Next\u2026",
        "B300 (HGX Blackwell Ultra) | 20 | B300",
        "H100 SXM 80GB | 12 | H100 SXM\u2026",
        "H100 SXM 80GB | 8 | H100\u2026",
    })
    void shortensAtAWordBoundary(String name, int width, String expected) {
        assertEquals(expected, LabelFit.shorten(name, width, CHARS));
    }

    @Test
    void everyShortFormIsAPrefixEndingAtABoundary() {
        String[] names = {"DeepSeek-V2-Lite", "Qwen-3-Next-80B", "B300 (HGX Blackwell Ultra)", "H100 SXM 80GB",
            "TPU v4 (per chip)", "Llama-3.1-405B", "Cerebras WSE-3 (one wafer)"};
        for (String name : names) {
            for (int width = 1; width <= name.length(); width++) {
                String shown = LabelFit.shorten(name, width, CHARS);
                String head = shown.endsWith(LabelFit.ELLIPSIS) ? shown.substring(0, shown.length() - 1) : shown;
                assertTrue(name.startsWith(head), shown + " is a prefix of " + name);
                char next = head.length() < name.length() ? name.charAt(head.length()) : ' ';
                assertTrue(next == ' ' || next == '-', shown + " ends at a word boundary of " + name);
            }
        }
    }
}
