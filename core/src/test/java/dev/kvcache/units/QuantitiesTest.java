package dev.kvcache.units;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class QuantitiesTest {
    @Test
    void aSizePastSixtyFourBitsSaysSoInsteadOfANumber() {
        assertEquals("more than 8 EiB", Quantities.bytes(dev.kvcache.units.Saturating.multiply(1L << 40, 1L << 40)));
        assertEquals("8 EiB", Quantities.bytes(Long.MAX_VALUE - 1));
    }

    @Test
    void aDurationUnderAMillisecondIsInMicrosecondsNotZero() {
        // A Cerebras WSE-3 reads 36.7 GiB at 14,700 TB/s achieved in 2.7 us: the formula read "0 ms".
        assertEquals("2.7 \u00b5s", Quantities.duration(new StringBuilder(), 36.7 * (1L << 30) / 14_700e12).toString());
        assertEquals("990 \u00b5s", Quantities.duration(new StringBuilder(), 0.00099).toString());
        assertEquals("1 ms", Quantities.duration(new StringBuilder(), 0.001).toString());
        assertEquals("0 ms", Quantities.duration(new StringBuilder(), 0).toString());
        assertEquals("1.2 s", Quantities.duration(new StringBuilder(), 1.2).toString());
    }

    @Test
    void bytesInBinaryUnitsWithOneDecimal() {
        assertEquals("0 B", Quantities.bytes(0));
        assertEquals("1023 B", Quantities.bytes(1023));
        assertEquals("1 KiB", Quantities.bytes(1024));
        assertEquals("68.6 KiB", Quantities.bytes(70_272));
        assertEquals("27.3 GiB", Quantities.bytes((long) (27.3 * (1L << 30))));
        assertEquals("8 GiB", Quantities.bytes(8L << 30));
        assertEquals("8 EiB", Quantities.bytes(Long.MAX_VALUE - 1));
    }

    @Test
    void bytesRoundingCarriesIntoTheNextUnit() {
        assertEquals("1 MiB", Quantities.bytes((1L << 20) - 1));
        assertEquals("1,023.9 KiB", Quantities.bytes((1L << 20) - 100));
    }

    @Test
    void negativeSizesShowAsZero() {
        assertEquals("0 B", Quantities.bytes(-5));
        assertEquals("0 B", Quantities.bytes(-(3L << 30)));
    }

    @Test
    void exactAndMarketedBytes() {
        assertEquals("70,272 B", Quantities.exactBytes(70_272));
        assertEquals("79.19 GiB", Quantities.gib(85_029_615_043L));
        assertEquals("2.00 GiB", Quantities.gib(2L << 30));
        assertEquals("44 GB", Quantities.gb(44e9));
    }

    @Test
    void countsAreGroupedInThrees() {
        assertEquals("7", Quantities.grouped(7));
        assertEquals("476,016", Quantities.grouped(476_016));
        assertEquals("1,000,007", Quantities.grouped(1_000_007));
        assertEquals("-1,234", Quantities.grouped(-1_234));
        assertEquals("-9,223,372,036,854,775,808", Quantities.grouped(Long.MIN_VALUE));
    }

    @Test
    void shortCountsRoundWithDecimalSuffixes() {
        assertEquals("512", Quantities.shortCount(512));
        assertEquals("70.6B", Quantities.shortCount(70_600_000_000L));
        assertEquals("8B", Quantities.shortCount(8_030_000_000L));
        assertEquals("1T", Quantities.shortCount(1_026_000_000_000L));
        assertEquals("1M", Quantities.shortCount(999_950));
    }

    @Test
    void tokenCountsKeepBinaryKOnlyWhereTheParserReadsItBack() {
        assertEquals("15", Quantities.tokenCount(15));
        assertEquals("1K", Quantities.tokenCount(1_024));
        assertEquals("4,095", Quantities.tokenCount(4_095));
        assertEquals("4K", Quantities.tokenCount(4_096));
        assertEquals("40,960", Quantities.tokenCount(40_960));
        assertEquals("100,000", Quantities.tokenCount(100_000));
        assertEquals("128,000", Quantities.tokenCount(128_000));
        assertEquals("128K", Quantities.tokenCount(131_072));
        assertEquals("200K", Quantities.tokenCount(200_000));
        assertEquals("262,144", Quantities.tokenCount(262_144));
        assertEquals("1M", Quantities.tokenCount(1_000_000));
        assertEquals("1,048,576", Quantities.tokenCount(1_048_576));
        assertEquals("2,500,000", Quantities.tokenCount(2_500_000));
        assertEquals("100M", Quantities.tokenCount(100_000_000));
        assertEquals("0", Quantities.tokenCount(0));
    }

    @Test
    void tokensNameTheirUnitAndLinksDropTheCommas() {
        assertEquals("262,144 tokens", Quantities.tokens(262_144));
        assertEquals("128K tokens", Quantities.tokens(131_072));
        assertEquals("1 token", Quantities.tokens(1));
        assertEquals("262144", Quantities.tokenValue(262_144));
        assertEquals("128K", Quantities.tokenValue(131_072));
        assertEquals("4,096 tokens", Quantities.runningTokens(new StringBuilder(), 4_096).toString());
    }

    @Test
    void percentagesAreNeverNaNOrNegative() {
        assertEquals("29.4%", Quantities.percent(0.2941));
        assertEquals("100%", Quantities.percent(1.0));
        assertEquals("1,234.5%", Quantities.percent(12.345));
        assertEquals("0%", Quantities.percent(-0.5));
        assertEquals("0%", Quantities.percent(0));
        assertEquals("<0.1%", Quantities.percent(0.000002), "a link carrying 256 KiB a step of 150 ms");
        assertEquals("<0.1%", Quantities.percent(0.000499));
        assertEquals("0.1%", Quantities.percent(0.0005));
        assertEquals("n/a", Quantities.percent(Double.NaN));
        assertEquals("n/a", Quantities.percent(Double.POSITIVE_INFINITY));
    }

    @Test
    void ratiosDecimalsAndSpeeds() {
        assertEquals("8x", Quantities.times(8.0));
        assertEquals("2.5x", Quantities.times(2.46));
        assertEquals("n/a", Quantities.times(Double.NaN));
        assertEquals("-2.5", Quantities.decimal(-2.5));
        assertEquals("0", Quantities.decimal(-0.04));
        assertEquals("10x", Quantities.speed(10));
        assertEquals("0.5x", Quantities.speed(0.5));
        assertEquals("2.75", Quantities.speedValue(2.75));
        assertEquals("100", Quantities.speedValue(100));
    }

    @Test
    void appendingAddsToWhatIsThere() {
        StringBuilder b = new StringBuilder("KV ");
        Quantities.bytes(b, 3L << 30).append(" / ");
        Quantities.percent(b, 0.5);
        assertEquals("KV 3 GiB / 50%", b.toString());
    }

    @Test
    void aFigureDropsArithmeticsLastBitNoiseAndKeepsEveryCertainDigit() {
        // Speculative decoding's (1 - 0.8^5) / (1 - 0.8) as the report computed it.
        assertEquals("3.3616", Double.toString(Quantities.figure(3.3615999999999997)));
        assertEquals("0.30000000000000004", Double.toString(0.1 + 0.2), "the noise this removes");
        assertEquals("0.3", Double.toString(Quantities.figure(0.1 + 0.2)));
        assertEquals("0.015184636263113", Double.toString(Quantities.figure(0.015184636263113005)));
        assertEquals("1234.5", Double.toString(Quantities.figure(1234.5)));
        assertEquals("-2.5E-5", Double.toString(Quantities.figure(-0.000025000000000000001)));
        assertEquals(0.0, Quantities.figure(0.0));
        assertEquals(Double.NaN, Quantities.figure(Double.NaN));
        assertEquals(1e300, Quantities.figure(1e300), "past 10^15 a figure passes unchanged");
        assertEquals(1.0000000000000002E20, Quantities.figure(1.0000000000000002E20));
        java.util.Random random = new java.util.Random(15);
        for (int i = 0; i < 100_000; i++) {
            double x = Math.exp(random.nextGaussian() * 12) * (random.nextBoolean() ? 1 : -1);
            double f = Quantities.figure(x);
            org.junit.jupiter.api.Assertions.assertTrue(Math.abs(f - x) <= 1e-14 * Math.abs(x), x + " -> " + f);
            assertEquals(f, Quantities.figure(f), "a figure is its own figure: " + x);
            org.junit.jupiter.api.Assertions.assertTrue(Math.abs(x) < 1e-7 || Math.abs(x) >= 1e15
                    || Double.toString(f).replaceAll("[-.]|E.*", "")
                    .replaceAll("^0+", "").length() <= Quantities.FIGURE_DIGITS, x + " -> " + f);
        }
    }
}
