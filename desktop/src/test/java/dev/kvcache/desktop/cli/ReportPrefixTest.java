package dev.kvcache.desktop.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The report's prefix-cache figures, and today's report kept byte for byte when prefix caching is off. */
class ReportPrefixTest {
    private final ReportRun cli = new ReportRun();

    private String run(String... args) {
        return cli.text(args);
    }

    private JsonNode report(String... args) throws Exception {
        return cli.json(args);
    }

    /** Reports written by main just before prefix caching existed: prefix none (or left out) prints the same text. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "llama-8b-paged.json|--model llama-3.1-8b --gpu h100 --context 128K --batch 8 --kv bf16 --pa 1",
        "gemma-27b-contiguous.json|--model gemma-3-27b --gpu h100 --context 32K --batch 16 --pa 0 --kv bf16",
        "qwen3-next-1m-draft.json|--model qwen3-next-80b --gpu h200 --context 1M --batch 4 --kv bf16 --pa 1 --draft llama-3.2-1b"})
    void withoutPrefixCachingTheReportIsTodays(String file, String options) throws Exception {
        String before = ReportRun.golden("before-prefix", file);
        assertEquals(before, run(options.split(" ")));
        assertEquals(before, run((options + " --prefix none").split(" ")));
    }

    @Test
    void ragSharesItsDocumentsAndSkipsTheirPrefill() throws Exception {
        JsonNode r = report("--model", "llama-3.1-8b", "--gpu", "h100", "--context", "128K", "--batch", "8",
                "--kv", "bf16", "--pa", "1", "--prefix", "rag");
        assertEquals("rag", r.at("/settings/prefix").asText());
        double hitRate = r.at("/prefixCache/hitRate").asDouble();
        assertTrue(hitRate > 0 && hitRate < 1, "some prompt tokens cached, not all: " + hitRate);
        long skipped = r.at("/prefixCache/prefillTokensSkipped").asLong();
        // Hits are whole 16-token blocks of 20,000-token documents.
        assertTrue(skipped > 0 && skipped % 16 == 0, "skipped " + skipped);
        // Eight sequences at once over eight documents: some share one, held once (2 MiB blocks).
        long shared = r.at("/prefixCache/sharedBytes").asLong();
        assertTrue(shared > 0, "shared " + shared);
        // The figures the report had before are there unchanged beside them.
        JsonNode before = report("--model", "llama-3.1-8b", "--gpu", "h100", "--context", "128K", "--batch", "8",
                "--kv", "bf16", "--pa", "1");
        assertEquals(before.get("kvCacheBytes"), r.get("kvCacheBytes"));
        assertFalse(before.has("prefixCache"));
    }

    @Test
    void withoutPagingNothingIsShared() throws Exception {
        JsonNode r = report("--model", "llama-3.1-8b", "--gpu", "h100", "--context", "32K", "--batch", "4",
                "--pa", "0", "--prefix", "chat");
        assertEquals(0.0, r.at("/prefixCache/hitRate").asDouble(), 0.0);
        assertEquals(0L, r.at("/prefixCache/sharedBytes").asLong());
        assertEquals(0L, r.at("/prefixCache/prefillTokensSkipped").asLong());
    }

    @Test
    void anUnknownWorkloadIsRefused() {
        assertEquals(ReportCommand.BAD_USAGE, cli.run("--prefix", "wiki"));
        assertTrue(cli.errors().contains("prefix must be none, chat, rag or agent"), cli.errors());
    }
}
