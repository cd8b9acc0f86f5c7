package dev.kvcache.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Our own percent-decoding: total (never throws), strict about UTF-8, and it says what it skipped. */
class QueryStringTest {
    private final List<String> problems = new ArrayList<>();

    private Map<String, String> parse(String query) {
        return QueryString.parse(query, problems);
    }

    @Test
    void anEscapeThatIsNoUtf8LeadIsReportedAndSkipped() {
        Map<String, String> p = parse("?x=%FF&model=llama");
        assertEquals("", p.get("x"));
        assertEquals("llama", p.get("model"), "the rest of the link still counts");
        assertEquals(List.of("x has %FF, which is not UTF-8; skipped it"), problems);
    }

    @Test
    void aLeadByteAloneIsSkippedAndTheTextAroundItKept() {
        assertEquals("ab", parse("x=a%C3b").get("x"));
        assertEquals(List.of("x has %C3, which is not UTF-8; skipped it"), problems);
    }

    @Test
    void aTruncatedSequenceIsSkippedWhole() {
        assertEquals("12", parse("x=12%E2%82").get("x"));
        assertEquals(List.of("x has %E2%82, which is not UTF-8; skipped it"), problems);
    }

    @Test
    void overlongsSurrogatesAndStrayContinuationBytesAreNotUtf8() {
        assertEquals("", parse("a=%C0%AF").get("a"), "overlong '/'");
        assertEquals("", parse("b=%ED%A0%80").get("b"), "a UTF-16 surrogate");
        assertEquals("", parse("c=%F4%90%80%80").get("c"), "past U+10FFFF");
        assertEquals("z", parse("d=%80z").get("d"), "a stray continuation byte");
        assertEquals(4, problems.size(), problems.toString());
    }

    @Test
    void aBadEscapeInANameIsReportedToo() {
        Map<String, String> p = parse("%FFmodel=x");
        assertEquals("x", p.get("model"));
        assertEquals(List.of("a setting name has %FF, which is not UTF-8; skipped it"), problems);
    }

    @Test
    void aPercentWithoutTwoHexDigitsIsKeptAsTyped() {
        assertEquals("%zz", parse("x=%zz").get("x"));
        assertEquals("100%", parse("x=100%").get("x"));
        assertEquals("%4", parse("x=%4").get("x"));
        assertEquals("[]", problems.toString());
    }

    @Test
    void plusAndPercent20AreSpacesAndUtf8Decodes() {
        assertEquals("a b c", parse("x=a+b%20c").get("x"));
        assertEquals("\u00e9\u2603\ud83d\ude00", parse("x=%C3%A9%E2%98%83%F0%9F%98%80").get("x"));
        assertEquals("[]", problems.toString());
    }

    @Test
    void aHundredThousandCharacterValueIsReadWholeAndNamedShortInProblems() {
        String longName = "a".repeat(100_000);
        assertEquals(100_000, parse("model=" + longName).get("model").length());
        parse(longName + "=%FF");
        assertEquals(1, problems.size());
        assertTrue(problems.get(0).startsWith("a".repeat(40) + "\u2026 has %FF"), problems.get(0));
    }

    @Test
    void manyEmptyPairsParseWithoutAnyName() {
        assertEquals("{}", parse("&".repeat(100_000)).toString());
    }

    @Test
    void encodingRoundTripsEveryCharacterAndReplacesHalfSurrogates() {
        String text = "a b&c=d/\u00e9\u2603\ud83d\ude00%+";
        assertEquals(text, QueryString.parse(QueryString.format(Map.of("x", text))).get("x"));
        assertEquals("%EF%BF%BD", QueryString.encode("\ud800"));
    }
}
