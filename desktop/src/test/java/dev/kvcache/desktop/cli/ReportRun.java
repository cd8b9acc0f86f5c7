package dev.kvcache.desktop.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/** Runs {@code report} in this process and keeps what it printed, for the report tests. */
final class ReportRun {
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    /** The exit code of {@code report args}; its output and errors stay until the next run. */
    int run(String... args) {
        out.reset();
        err.reset();
        return new ReportCommand().run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    /** The printed JSON of a run that must succeed. */
    JsonNode json(String... args) throws Exception {
        return new ObjectMapper().readTree(text(args));
    }

    /** The printed text of a run that must succeed. */
    String text(String... args) {
        assertEquals(0, run(args), errors());
        return output();
    }

    String output() {
        return out.toString(StandardCharsets.UTF_8);
    }

    String errors() {
        return err.toString(StandardCharsets.UTF_8);
    }
}
