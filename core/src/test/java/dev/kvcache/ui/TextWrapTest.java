package dev.kvcache.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Notices reach Scene2D labels as a few short lines, however long the words in them are. */
class TextWrapTest {
    @Test
    void wordsWrapAtSpaces() {
        assertEquals(List.of("unknown model", "'lama': using", "llama"), TextWrap.lines("unknown model 'lama': using llama", 13, 5));
    }

    @Test
    void aHundredThousandCharacterWordIsBrokenIntoBoundedLines() {
        List<String> lines = TextWrap.lines("model " + "x".repeat(100_000) + " end", 40, 4);
        assertEquals(4, lines.size());
        assertEquals("model " + "x".repeat(34), lines.get(0), "a word longer than any line is broken where it starts");
        assertEquals("x".repeat(40), lines.get(1));
        assertEquals("x".repeat(40) + TextWrap.ELLIPSIS, lines.get(3), "the cut is marked");
    }

    @Test
    void aWordLongerThanALineStartsOnTheCurrentLineWhenItCannotFitAnyLine() {
        assertEquals(List.of("ab cdefgh", "ijklmnopq", "rst"), TextWrap.lines("ab cdefghijklmnopqrst", 9, 5));
    }

    @Test
    void newlinesStartLinesAndTrailingSpaceIsNoCut() {
        assertEquals(List.of("one", "two"), TextWrap.lines("one\ntwo   ", 10, 5));
        assertEquals("a\nb", TextWrap.fit("a\nb", 10, 2));
        assertEquals(List.of(), TextWrap.lines("", 10, 3));
    }

    @Test
    void aSurrogatePairIsNeverSplit() {
        List<String> lines = TextWrap.lines("abc\ud83d\ude00def", 4, 3);
        assertEquals("abc", lines.get(0));
        assertEquals("\ud83d\ude00de", lines.get(1));
    }

    @Test
    void theResultIsBoundedWhateverTheInput() {
        String fitted = TextWrap.fit("y ".repeat(50_000) + "z".repeat(100_000), 100, 4);
        assertTrue(fitted.length() <= 4 * 101 + 3, "length " + fitted.length());
    }
}
