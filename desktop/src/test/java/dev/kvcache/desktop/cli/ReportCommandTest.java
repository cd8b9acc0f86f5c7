package dev.kvcache.desktop.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The report command: one JSON object and exit 0, or a one-line error and exit 2. */
class ReportCommandTest {
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        return new ReportCommand().run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @Test
    void printsEveryFieldForAnAlias() throws Exception {
        assertEquals(0, run("--model", "LLAMA-70B", "--gpu", "h100", "--precision", "bf16",
                "--kv-precision", "FP8", "--batch", "8", "--context", "128K", "--tp", "4"));
        JsonNode r = new ObjectMapper().readTree(out.toString(StandardCharsets.UTF_8));
        assertEquals("llama-3.1-70b", r.at("/model/id").asText());
        assertEquals(163_840, r.at("/kvBytesPerToken").asLong());
        assertEquals(8L * 131_072 * 163_840, r.at("/kvCacheBytes").asLong());
        for (String field : new String[] {"/gpu/usableBytes", "/perGpu/totalBytes", "/gpusNeeded", "/fits",
            "/utilization", "/efficiency", "/flashAttention/savedBytes", "/limits/maxBatch",
            "/vllm/poolTokens", "/vllm/kvBytesPerTokenPerGpu", "/training/totalBytes", "/serving/requestsFinished",
            "/serving/meanKvReservedBytes", "/formula"}) {
            assertTrue(!r.at(field).isMissingNode(), field);
        }
        assertEquals(16, r.at("/vllm/blockSize").asInt());
    }

    @Test
    void continuousBatchingAndPagingShowInTheSimulatedServing() throws Exception {
        JsonNode both = report("--batch", "16", "--context", "32K");
        JsonNode noBatching = report("--batch", "16", "--context", "32K", "--cb", "0");
        JsonNode noPaging = report("--batch", "16", "--context", "32K", "--pa", "0");
        assertTrue(both.at("/serving/requestsFinished").asLong() > noBatching.at("/serving/requestsFinished").asLong());
        assertTrue(noPaging.at("/serving/meanWasteBytes").asLong() > 100 * both.at("/serving/meanWasteBytes").asLong());
        // The static figures do not depend on either: they are the full batch at the full context.
        assertEquals(both.at("/kvCacheBytes").asLong(), noBatching.at("/kvCacheBytes").asLong());
        assertTrue(report("--batch", "64").at("/serving/skipped").asText().contains("not 64"));
    }

    @Test
    void contextsMeanWhatTheAppsPresetsMean() throws Exception {
        // The app's presets: 4K..128K in powers of two, 200K and the M sizes decimal.
        assertEquals(131_072, report("--context", "128K").at("/settings/context").asLong());
        assertEquals(200_000, report("--context", "200K").at("/settings/context").asLong());
        assertEquals(1_000_000, report("--context", "1M").at("/settings/context").asLong());
        assertEquals(100_000_000, report("--context", "100M").at("/settings/context").asLong());
    }

    private JsonNode report(String... args) throws Exception {
        out.reset();
        assertEquals(0, run(args), err.toString(StandardCharsets.UTF_8));
        return new ObjectMapper().readTree(out.toString(StandardCharsets.UTF_8));
    }

    @Test
    void importsAConfigFile() throws Exception {
        String file = System.getProperty("kvcache.assets") + "/../core/src/test/resources/reference/hf-configs/"
                + "google__gemma-3-12b-it.json";
        assertEquals(0, run("--model-config", file, "--context", "8192", "--gpu-memory-utilization", "0.95"));
        JsonNode r = new ObjectMapper().readTree(out.toString(StandardCharsets.UTF_8));
        assertEquals("SLIDING", r.at("/model/attention").asText());
        assertEquals(393_216, r.at("/vllm/kvBytesPerTokenPerGpu").asLong());
    }

    @Test
    void badOptionsExitTwoWithOneLine() {
        String[][] bad = {{"--model", "nope-9000"}, {"--batch", "-1"}, {"--context", "12Q"}, {"--fa", "2"},
            {"--precision", "fp7"}, {"--bogus", "1"}, {"--tp"}, {"--model-config", "/no/such.json"},
            {"--gpu-memory-utilization", "0x1p-3"}};
        for (String[] args : bad) {
            err.reset();
            assertEquals(2, run(args), String.join(" ", args));
            String line = err.toString(StandardCharsets.UTF_8);
            assertTrue(line.startsWith("report: ") && line.indexOf('\n') == line.length() - 1, line);
        }
    }
}
