package dev.kvcache.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The mean request the chart serves is the mean of what the request stream really draws. */
class RequestSizesTest {
    @Test
    void theMeanRequestIsTheMeanOfTheDrawnRequests() {
        for (long context : new long[] {4096, 131_072, 100_000_000}) {
            RequestSource source = new RequestSource(new SplitMix64(42), context, 0);
            Sequence sequence = new Sequence(null, null);
            int draws = 20_000;
            double prompts = 0;
            double outputs = 0;
            for (int i = 0; i < draws; i++) {
                source.next(sequence, 0, 0);
                prompts += sequence.promptTokens();
                outputs += sequence.targetTokens() - sequence.promptTokens();
            }
            double prompt = prompts / draws;
            double output = outputs / draws;
            assertTrue(Math.abs(RequestSizes.meanPrompt(context) - prompt) < 0.02 * prompt,
                    context + ": prompt " + RequestSizes.meanPrompt(context) + " vs drawn " + prompt);
            assertTrue(Math.abs(RequestSizes.meanOutput(context) - output) < 0.02 * output,
                    context + ": output " + RequestSizes.meanOutput(context) + " vs drawn " + output);
        }
    }

    @Test
    void aTinyContextStillAsksForATokenEach() {
        assertEquals(1, RequestSizes.meanPrompt(1));
        assertEquals(1, RequestSizes.meanOutput(1));
        // 128K: targets average 81,920 tokens, 12.5% of them prompt.
        assertEquals(10_240, RequestSizes.meanPrompt(131_072));
        assertEquals(71_680, RequestSizes.meanOutput(131_072));
    }
}
