package dev.kvcache.desktop.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
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

    /**
     * A report kept from an earlier build, {@code folder/file} beside these tests, as it was printed:
     * the tests that hold a new feature's "off" to it compare text or JSON, as their report allows.
     */
    static String golden(String folder, String file) throws IOException {
        try (InputStream in = ReportRun.class.getResourceAsStream(folder + "/" + file)) {
            if (in == null) {
                throw new IOException("no golden report " + folder + "/" + file);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** {@link #golden} read as JSON. */
    static JsonNode goldenJson(String folder, String file) throws IOException {
        return new ObjectMapper().readTree(golden(folder, file));
    }

    String output() {
        return out.toString(StandardCharsets.UTF_8);
    }

    String errors() {
        return err.toString(StandardCharsets.UTF_8);
    }
}
