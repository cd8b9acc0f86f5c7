package dev.kvcache.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.kvcache.desktop.cli.ReportCommand;
import dev.kvcache.desktop.cli.SweepCommand;
import dev.kvcache.host.SimulationHost;
import dev.kvcache.sim.SimSettings;
import dev.kvcache.units.Quantities;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The app's chart draws what {@code sweep} prints for the same question: the scene's model,
 * device, precisions and layout, its mean request as {@code --prompt} and {@code --output}; the
 * dots are the command's lines at their batches, to the last bit, and the wall is its last line.
 */
class ChartMatchesSweepCommandTest {
    @Test
    void theChartsDotsAreTheSweepCommandsLines() throws Exception {
        SimSettings settings = SimSettings.builder().modelId("llama-3.1-70b").deviceId("h200").batch(8)
                .contextTokens(32_768).build();
        SimulationHost host = new SimulationHost(ReportCommand.loadCatalog(), settings);
        SweepCurve curve = new SweepCurve();
        curve.refresh(host);
        dev.kvcache.memory.Scenario layout = host.figures().scenario;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = new SweepCommand().run(new String[] {"--model", "llama-3.1-70b", "--gpu", "h200", "--context",
            "32K", "--tp", Integer.toString(layout.tp), "--pp", Integer.toString(layout.pp), "--cp",
            Integer.toString(layout.cp), "--precision", settings.weightPrecision().name().toLowerCase(), "--kv",
            settings.kvPrecision().name().toLowerCase(), "--prompt", Long.toString(curve.prompt), "--output",
            Long.toString(curve.output)}, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        assertEquals(0, code, err.toString(StandardCharsets.UTF_8));
        List<JsonNode> lines = new ArrayList<>();
        ObjectMapper json = new ObjectMapper();
        for (String line : out.toString(StandardCharsets.UTF_8).split("\n")) {
            lines.add(json.readTree(line));
        }
        assertEquals(lines.size(), curve.kvLimit, "the wall is the command's last batch");
        assertEquals(Math.min(lines.size(), SweepCurve.MAX_POINTS), curve.count);
        // The command prints every double as a figure (Quantities.figure): the chart's, so printed, are its lines'.
        for (int i = 0; i < curve.count; i++) {
            JsonNode line = lines.get(curve.batch[i] - 1);
            assertEquals(curve.batch[i], line.at("/batch").asInt());
            assertEquals(line.at("/tpotSeconds").asDouble(), Quantities.figure(curve.tpotSeconds[i]), 0.0, "batch " + curve.batch[i]);
            assertEquals(line.at("/tokensPerSecond").asDouble(), Quantities.figure(curve.tokensPerSecond[i]), 0.0);
            assertEquals(line.at("/boundBy").asText(), curve.bound[i].word());
            assertEquals(layout.gpus(), line.at("/gpus").asInt());
        }
        JsonNode today = lines.get(curve.todayBatch - 1);
        assertEquals(today.at("/tpotSeconds").asDouble(), Quantities.figure(curve.todayTpotSeconds), 0.0);
        assertEquals(today.at("/tokensPerSecond").asDouble(), Quantities.figure(curve.todayTokensPerSecond), 0.0);
    }
}
