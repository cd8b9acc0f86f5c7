package dev.kvcache.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Three notices in the bar, the rest counted as "+N more", the last 200 kept, none lost without a count. */
class NoticeLogTest {
    private final NoticeLog log = new NoticeLog();

    @Test
    void theBarShowsTheNewestThreeAndCountsTheRest() {
        for (int i = 1; i <= 5; i++) {
            log.add("n" + i);
        }
        assertEquals(List.of("n3", "n4", "n5"), log.freshest(3));
        assertEquals(2, log.freshBeyond(3));
        assertEquals(5, log.all().size());
    }

    @Test
    void oldNoticesLeaveTheBarButStayInTheList() {
        log.add("old");
        assertEquals(true, log.advance(NoticeLog.FRESH_SECONDS));
        log.add("new");
        assertEquals(List.of("new"), log.freshest(3));
        assertEquals(0, log.freshBeyond(3));
        assertEquals(List.of("old", "new"), log.all());
        assertEquals(false, log.advance(0.1f), "nothing else went stale");
    }

    @Test
    void anIdleAppIsToldWhenTheBarChangesNext() {
        assertEquals(Float.POSITIVE_INFINITY, log.secondsToNextExpiry(), "no notice, nothing to wait for");
        log.add("first");
        log.advance(2f);
        log.add("second");
        assertEquals(NoticeLog.FRESH_SECONDS - 2f, log.secondsToNextExpiry(), 1e-6f, "the older one leaves first");
        // One long frame after an idle stretch: the first has left, the second is next.
        assertEquals(true, log.advance(NoticeLog.FRESH_SECONDS - 1f));
        assertEquals(1f, log.secondsToNextExpiry(), 1e-6f);
        log.advance(1f);
        assertEquals(Float.POSITIVE_INFINITY, log.secondsToNextExpiry());
    }

    @Test
    void theLastTwoHundredAreKeptAndTheDroppedCounted() {
        for (int i = 0; i < 250; i++) {
            log.add("n" + i);
        }
        assertEquals(NoticeLog.KEPT, log.all().size());
        assertEquals("n50", log.all().get(0));
        assertEquals(50, log.dropped());
        assertEquals(250, log.added(), "what the console watches for new replies");
        assertEquals(NoticeLog.KEPT - 3, log.freshBeyond(3));
    }

    @Test
    void aHugeNoticeIsCutAndEmptyOnesIgnored() {
        log.add("x".repeat(100_000));
        log.add("");
        log.add(null);
        assertEquals(1, log.all().size());
        assertEquals(NoticeLog.MAX_CHARS + 1, log.all().get(0).length());
    }
}
