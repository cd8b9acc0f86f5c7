package dev.kvcache.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.kvcache.memory.ByteFormat;
import dev.kvcache.ui.TextAppender;
import org.junit.jupiter.api.Test;

class TextAppenderTest {
    private static String bytes(long value) {
        return TextAppender.bytes(new StringBuilder(), value).toString();
    }

    @Test
    void bytesMatchTheEngineFormatting() {
        long[] samples = {0, 512, 1023, 1024, 70_272, 85_029_615_043L, 1L << 40, 171_798_691_840L, Long.MAX_VALUE};
        for (long sample : samples) {
            assertEquals(ByteFormat.bytes(sample), bytes(sample), "bytes " + sample);
        }
        assertEquals("0 B", bytes(-5), "negative sizes never show");
    }

    @Test
    void groupedTokensPercentAndParams() {
        assertEquals("476,016", TextAppender.grouped(new StringBuilder(), 476_016).toString());
        assertEquals("1,000,007", TextAppender.grouped(new StringBuilder(), 1_000_007).toString());
        assertEquals("7", TextAppender.grouped(new StringBuilder(), 7).toString());
        assertEquals("128K", TextAppender.tokens(new StringBuilder(), 131_072).toString());
        assertEquals("200K", TextAppender.tokens(new StringBuilder(), 200_000).toString());
        assertEquals("100M", TextAppender.tokens(new StringBuilder(), 100_000_000).toString());
        assertEquals("53,248", TextAppender.tokens(new StringBuilder(), 53_248).toString());
        assertEquals("84.2%", TextAppender.percent(new StringBuilder(), 0.8421).toString());
        assertEquals("0%", TextAppender.percent(new StringBuilder(), Double.NaN).toString());
        assertEquals("70.6B", TextAppender.params(new StringBuilder(), 70_600_000_000L).toString());
        assertEquals("1T", TextAppender.params(new StringBuilder(), 1_026_000_000_000L).toString());
    }
}
