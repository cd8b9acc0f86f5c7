package dev.kvcache.units;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The time model's figures print exactly as the panels, the formula and the chart show them. */
class ServingQuantitiesTest {
    @Test
    void longDurationKeepsItsTwoLargestUnitsAndOnlyCountsUp() {
        assertEquals("0 ms", ServingQuantities.longDuration(0));
        assertEquals("850 ms", ServingQuantities.longDuration(0.85));
        assertEquals("42.5 s", ServingQuantities.longDuration(42.5));
        assertEquals("1 min", ServingQuantities.longDuration(60));
        assertEquals("12 min 5 s", ServingQuantities.longDuration(12 * 60 + 5.99));
        assertEquals("3 h 12 min", ServingQuantities.longDuration(3 * 3600 + 12 * 60 + 59.9));
        assertEquals("3 h", ServingQuantities.longDuration(3 * 3600 + 30));
        assertEquals("2 d 3 h", ServingQuantities.longDuration(2 * 86_400 + 3 * 3600 + 3599));
        assertEquals("1,200 d", ServingQuantities.longDuration(1200 * 86_400.0));
        assertEquals("n/a", ServingQuantities.longDuration(Double.NaN));
    }

    @Test
    void requestRatesTakeTheLargestUnitOfTimeThatGivesAtLeastOne() {
        assertEquals("12.5 requests/s", ServingQuantities.requestsPerSecond(new StringBuilder(), 12.5).toString());
        assertEquals("1 requests/s", ServingQuantities.requestsPerSecond(new StringBuilder(), 1.0).toString());
        assertEquals("7.2 requests/min", ServingQuantities.requestsPerSecond(new StringBuilder(), 0.12).toString());
        // 37 requests in 3 h 38 min of serving: a saturated scene's rate.
        assertEquals("10.2 requests/h",
                ServingQuantities.requestsPerSecond(new StringBuilder(), 37 / 13_080.0).toString());
        assertEquals("0 requests/s", ServingQuantities.requestsPerSecond(new StringBuilder(), 0).toString());
        assertEquals("n/a", ServingQuantities.requestsPerSecond(new StringBuilder(), Double.NaN).toString());
    }

    @Test
    void tokenRatesKeepThreeSignificantDigits() {
        assertEquals("12,345 tokens/s", ServingQuantities.tokensPerSecond(12_345.4));
        assertEquals("100 tokens/s", ServingQuantities.tokensPerSecond(99.96));
        assertEquals("41.2 tokens/s", ServingQuantities.tokensPerSecond(41.23));
        assertEquals("41 tokens/s", ServingQuantities.tokensPerSecond(41.0));
        assertEquals("4.25 tokens/s", ServingQuantities.tokensPerSecond(4.2549));
        assertEquals("0.35 tokens/s", ServingQuantities.tokensPerSecond(0.35));
        assertEquals("4.2 tokens/s", ServingQuantities.tokensPerSecond(4.2));
        assertEquals("0.05 tokens/s", ServingQuantities.tokensPerSecond(0.0512));
        assertEquals("n/a", ServingQuantities.tokensPerSecond(Double.NaN));
        assertEquals("n/a", ServingQuantities.tokensPerSecond(Double.POSITIVE_INFINITY));
    }

    @Test
    void pricesShowCentsFromADollarAndTwoDigitsBelow() {
        assertEquals("$2.49", ServingQuantities.usd(2.49));
        assertEquals("$1,234.50", ServingQuantities.usd(1234.5));
        assertEquals("$1.00", ServingQuantities.usd(0.996));
        assertEquals("$0.69", ServingQuantities.usd(0.6912));
        assertEquals("$0.10", ServingQuantities.usd(0.0996));
        assertEquals("$0.042", ServingQuantities.usd(0.0421));
        assertEquals("$0.0042", ServingQuantities.usd(0.00421));
        assertEquals("$0", ServingQuantities.usd(0));
        assertEquals("$0", ServingQuantities.usd(-3));
        assertEquals("n/a", ServingQuantities.usd(Double.NaN));
    }

    @Test
    void energyInJoulesOrMillijoules() {
        assertEquals("7.2 J", ServingQuantities.joules(7.2));
        assertEquals("1,400 J", ServingQuantities.joules(1400));
        assertEquals("1 J", ServingQuantities.joules(0.96));
        assertEquals("720 mJ", ServingQuantities.joules(0.72));
        assertEquals("0.4 mJ", ServingQuantities.joules(0.0004));
        assertEquals("n/a", ServingQuantities.joules(Double.NaN));
    }

    @Test
    void bandwidthAndOperationsInDecimalUnits() {
        assertEquals("2.35 TB/s", ServingQuantities.bandwidth(3.35e12 * 0.7));
        assertEquals("960 GB/s", ServingQuantities.bandwidth(0.96e12));
        assertEquals("1 TB/s", ServingQuantities.bandwidth(0.9996e12));
        assertEquals("864 GB/s", ServingQuantities.bandwidth(864e9));
        assertEquals("1.94 TFLOP", ServingQuantities.operations(1.94e12));
        assertEquals("640 GFLOP", ServingQuantities.operations(640e9));
        assertEquals("495 TFLOP/s", ServingQuantities.operationRate(989.5e12 * 0.5));
        assertEquals("1.2 PFLOP/s", ServingQuantities.operationRate(1.2e15));
        assertEquals("n/a", ServingQuantities.bandwidth(Double.NaN));
    }

    @Test
    void appendingFormsWriteWhatTheStringFormsReturn() {
        StringBuilder b = new StringBuilder("at ");
        ServingQuantities.longDuration(b, 11_520).append(" of serving");
        assertEquals("at 3 h 12 min of serving", b.toString());
    }
}
