package dev.kvcache.desktop.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.DoubleNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.kvcache.units.Quantities;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The report's eviction figures, hand-worked, and today's report kept exactly when eviction is off. */
class ReportEvictionTest {
    private static final long LLAMA_8B_BF16 = 131_072L;
    private final ReportRun cli = new ReportRun();

    private JsonNode report(String... args) throws Exception {
        return cli.json(args);
    }

    /**
     * Reports written by main before eviction existed; the same options now give the same JSON plus
     * "eviction" (and speculative decoding's fields, off, which arrived beside it).
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "llama-8b.json|--model llama-3.1-8b --gpu h100 --context 131072 --batch 8 --kv bf16",
        "gemma-27b-contiguous.json|--model gemma-3-27b --gpu h100 --context 32K --batch 16 --pa 0 --kv bf16",
        "qwen3-next-1m.json|--model qwen3-next-80b --gpu h200 --context 1M --batch 4 --kv bf16"})
    void withoutEvictionTheReportIsTodaysPlusItsEvictionFields(String file, String options) throws Exception {
        ObjectNode now = (ObjectNode) report(options.split(" "));
        JsonNode eviction = now.remove("eviction");
        assertEquals(now.at("/settings/context").asLong(), eviction.get("keptTokensPerSequence").asLong());
        assertEquals(0L, eviction.get("savedBytes").asLong());
        JsonNode speculative = now.remove("speculative");
        assertEquals(1.0, speculative.get("speedup").asDouble(), "no draft, no speed-up");
        assertEquals(0L, speculative.get("draftWeightsBytes").asLong());
        ObjectNode settings = (ObjectNode) now.get("settings");
        assertEquals("none", settings.remove("draft").asText());
        settings.remove("draftK");
        settings.remove("acceptance");
        // Today's figures as the report now prints every double: without their last-bit noise.
        assertEquals(figures(ReportRun.goldenJson("before-eviction", file)), now);
    }

    /** {@code node} with every double as {@link Quantities#figure} writes it. */
    private static JsonNode figures(JsonNode node) {
        if (node.isDouble()) {
            return DoubleNode.valueOf(Quantities.figure(node.asDouble()));
        }
        if (node.isObject()) {
            ObjectNode copy = ((ObjectNode) node).deepCopy();
            node.fields().forEachRemaining(e -> copy.set(e.getKey(), figures(e.getValue())));
            return copy;
        }
        return node;
    }

    @Test
    void aStreamingWindowKeepsSinksPlusRecentTokens() throws Exception {
        JsonNode r = report("--model", "llama-3.1-8b", "--gpu", "h100", "--context", "128K", "--batch", "8",
                "--kv", "bf16", "--pa", "1", "--evict", "window:4096");
        // 4 sinks + 4,096 recent = 4,100 tokens, held in 257 whole 16-token blocks (4,112 tokens).
        assertEquals(4_100, r.at("/eviction/keptTokensPerSequence").asLong());
        long cache = 8 * LLAMA_8B_BF16 * 4_112;
        assertEquals(cache, r.at("/kvCacheBytes").asLong());
        assertEquals(8 * LLAMA_8B_BF16 * 131_072 - cache, r.at("/eviction/savedBytes").asLong());
        assertEquals(1, r.at("/gpusNeeded").asLong());
        // Contiguous: each sequence reserves exactly the 4,100 tokens it keeps.
        JsonNode contiguous = report("--model", "llama-3.1-8b", "--gpu", "h100", "--context", "128K", "--batch", "8",
                "--kv", "bf16", "--pa", "0", "--evict", "window:4096");
        assertEquals(8 * LLAMA_8B_BF16 * 4_100, contiguous.at("/kvCacheBytes").asLong());
    }

    @Test
    void aBudgetKeepsThatManyTokensAndComposesWithInt2() throws Exception {
        JsonNode r = report("--model", "llama-3.1-8b", "--gpu", "h100", "--context", "128K", "--batch", "8",
                "--kv", "bf16", "--evict", "budget:2048");
        assertEquals(2_048, r.at("/eviction/keptTokensPerSequence").asLong());
        assertEquals(8 * LLAMA_8B_BF16 * (131_072 - 2_048), r.at("/eviction/savedBytes").asLong());
        // INT2 (KIVI): 24,576 B per token, the last 128 tokens 106,496 B more each (BF16 residual).
        JsonNode int2 = report("--model", "llama-3.1-8b", "--gpu", "h100", "--context", "128K", "--batch", "8",
                "--kv", "int2", "--evict", "budget:2048");
        assertEquals(24_576, int2.at("/kvBytesPerToken").asLong());
        assertEquals(8 * (24_576L * 2_048 + 106_496L * 128), int2.at("/kvCacheBytes").asLong());
        assertEquals(8 * 24_576L * (131_072 - 2_048), int2.at("/eviction/savedBytes").asLong());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "window:abc|report: --evict window:N needs a whole number of tokens",
        "budget:-3|report: --evict budget:N needs a whole number of tokens",
        "budget:0|report: --evict budget:N needs N from 1 to 1000M tokens",
        "budget:99999999999|report: --evict budget:N needs N from 1 to 1000M tokens",
        "lru:5|report: --evict takes none, window:N or budget:N"})
    void badValuesAreRefusedInOneLine(String value, String message) {
        assertEquals(2, cli.run("--evict", value));
        assertEquals(message, cli.errors().trim());
    }
}
