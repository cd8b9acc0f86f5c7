package dev.kvcache.desktop.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The sweep command: a JSON line per batch from 1 to the KV limit, or one error line and exit 2. */
class SweepCommandTest {
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        return new SweepCommand().run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private List<JsonNode> lines(String... args) throws Exception {
        assertEquals(0, run(args), err.toString(StandardCharsets.UTF_8));
        List<JsonNode> lines = new ArrayList<>();
        ObjectMapper json = new ObjectMapper();
        for (String line : out.toString(StandardCharsets.UTF_8).split("\n")) {
            lines.add(json.readTree(line));
        }
        return lines;
    }

    @Test
    void biggerBatchesServeMoreInAllAndLessToEachUpToTheKvLimit() throws Exception {
        List<JsonNode> lines = lines("--model", "llama-3.1-8b", "--gpu", "h100", "--prompt", "4K", "--output", "4K");
        assertEquals(1, lines.get(0).at("/batch").asInt());
        for (int i = 0; i < lines.size(); i++) {
            assertEquals(i + 1, lines.get(i).at("/batch").asInt());
        }
        JsonNode first = lines.get(0);
        JsonNode last = lines.get(lines.size() - 1);
        assertTrue(last.at("/tokensPerSecond").asDouble() > 10 * first.at("/tokensPerSecond").asDouble());
        assertTrue(last.at("/tokensPerSecondPerUser").asDouble() < first.at("/tokensPerSecondPerUser").asDouble());
        // The KV limit: 8,192-token requests of 128 KiB a token in what an H100 keeps beside 16 GB of weights.
        long kvLimit = (long) ((79.19 - 15) * (1L << 30) / (8192.0 * 131_072));
        assertTrue(Math.abs(lines.size() - kvLimit) <= 0.05 * kvLimit, lines.size() + " lines, about " + kvLimit);
        assertEquals(1, last.at("/gpus").asInt());
    }

    @Test
    void aBatchOptionOrABadValueExitsTwoWithOneLine() {
        assertEquals(2, run("--batch", "4"));
        assertEquals("sweep: --batch: sweep runs every batch from 1 to the KV limit; leave it out\n",
                err.toString(StandardCharsets.UTF_8));
        err.reset();
        assertEquals(2, run("--flops-efficiency", "2"));
        assertEquals("sweep: --flops-efficiency must be a fraction in (0, 1] like 0.7, got '2'\n",
                err.toString(StandardCharsets.UTF_8));
        assertEquals("", out.toString(StandardCharsets.UTF_8));
    }
}
