package dev.kvcache.desktop.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * report's {@code cluster} object beside {@code layout}: only with --dp or --cluster (else the report
 * is what it was), its links' bytes per step from the time model and their utilization of the link
 * over the performance's decode step, and dp checked against the preset.
 */
class ReportClusterTest {
    private final ReportRun cli = new ReportRun();

    private JsonNode report(String... args) throws Exception {
        return cli.json(args);
    }

    @Test
    void withoutDpOrAClusterTheReportIsWhatItWas() throws Exception {
        JsonNode r = report("--model", "llama-3.1-70b", "--tp", "8", "--pp", "2");
        assertFalse(r.has("cluster"));
        List<String> layout = new ArrayList<>();
        r.get("layout").fieldNames().forEachRemaining(layout::add);
        assertEquals(List.of("tp", "pp", "cp", "gpus"), layout);
        assertFalse(r.get("settings").has("dp"));
        assertFalse(r.get("settings").has("cluster"));
    }

    @Test
    void tensorEightByPipelineTwoOnEightGpuNodes() throws Exception {
        JsonNode r = report("--model", "llama-3.1-70b", "--tp", "8", "--pp", "2", "--dp", "2", "--cluster",
                "meta-24k");
        JsonNode c = r.get("cluster");
        assertEquals("meta-24k", c.get("preset").asText());
        assertEquals(24_576, c.get("gpus").asInt());
        assertEquals(8, c.get("gpusPerNode").asInt());
        assertEquals(3072, c.get("nodes").asInt());
        assertEquals(2, r.get("layout").get("dp").asInt());
        assertEquals(2, r.get("settings").get("dp").asInt());
        JsonNode links = c.get("links");
        assertEquals(2, links.size());
        double step = r.get("performance").get("decodeStepSeconds").asDouble();
        // 40 layers a stage, two ring all-reduces each of 8 x 8,192 x 2 B x 2(8-1)/8, over NVLink's 450 GB/s.
        assertEquals("tp-all-reduce", links.get(0).get("kind").asText());
        assertEquals(450.0, links.get(0).get("gigabytesPerSecond").asDouble());
        assertEquals(18_350_080L, links.get(0).get("bytesPerStep").asLong());
        assertEquals(18_350_080 / (450e9 * step), links.get(0).get("utilization").asDouble(), 1e-12);
        // The second stage sits in the next node: its hand-off of 8 x 8,192 x 2 B rides the network.
        assertEquals("pp-hand-off", links.get(1).get("kind").asText());
        assertEquals(50.0, links.get(1).get("gigabytesPerSecond").asDouble());
        assertEquals(131_072L, links.get(1).get("bytesPerStep").asLong());
        assertEquals(131_072 / (50e9 * step), links.get(1).get("utilization").asDouble(), 1e-12);
        assertTrue(c.get("busiest").asText().startsWith("tp-all-reduce over NVLink"), c.toString());
    }

    @Test
    void tensorEightOnOneDgxIsOneNodeAndItsNvlink() throws Exception {
        JsonNode r = report("--model", "llama-3.1-70b", "--tp", "8", "--cluster", "dgx-h100");
        JsonNode c = r.get("cluster");
        assertEquals(8, c.get("gpus").asInt());
        assertEquals(1, c.get("nodes").asInt());
        assertEquals(1, r.get("layout").get("dp").asInt());
        assertEquals(36_700_160L, c.get("links").get(0).get("bytesPerStep").asLong());
        assertEquals("h100", r.get("gpu").get("id").asText(), "the preset sets the device");
    }

    @Test
    void moreReplicasThanThePresetHoldsExitTwoNamingDp() {
        assertEquals(2, cli.run("--model", "llama-3.1-70b", "--tp", "8", "--dp", "2", "--cluster", "dgx-h100"));
        String message = cli.errors().trim();
        assertTrue(message.startsWith("report: --dp"), message);
        assertTrue(message.contains("needs 16 GPUs; cluster dgx-h100 has 8"), message);
        assertEquals(2, cli.run("--cluster", "dgx-h900"));
    }
}
