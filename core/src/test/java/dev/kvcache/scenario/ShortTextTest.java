package dev.kvcache.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Values in messages are cut at 40 characters, never in the middle of a surrogate pair. */
class ShortTextTest {
    @Test
    void shortValuesStayAndLongOnesAreCut() {
        assertEquals("'lama-3.1-8b'", ShortText.quoted("lama-3.1-8b"));
        assertEquals("x".repeat(40), ShortText.of("x".repeat(40)));
        assertEquals("x".repeat(40) + "\u2026", ShortText.of("x".repeat(100_000)));
        assertEquals("", ShortText.of(null));
    }

    @Test
    void controlCharactersBecomeSpacesSoAMessageStaysOneLine() {
        assertEquals("'a b c'", ShortText.quoted("a\nb\tc"));
    }

    @Test
    void aCutNeverSplitsAnEmoji() {
        String text = "x".repeat(39) + "\ud83d\ude00" + "tail";
        assertEquals("x".repeat(39) + "\u2026", ShortText.of(text));
    }
}
