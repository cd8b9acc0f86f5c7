package dev.kvcache.desktop.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The report's offload object: absent and the report unchanged when off; hand-checked and beside the run without it when on. */
class ReportOffloadTest {
    /** Llama-3.1-70B at BF16: 80 layers x 8 KV heads x 128 x 2 x 2 B. */
    private static final double LLAMA_70B_KV = 327_680;
    private static final String PRESSED = "--model llama-3.1-70b --gpu h100 --context 128K --batch 32 --tp 4 --pa 1";
    private final ReportRun cli = new ReportRun();

    private JsonNode report(String options) throws Exception {
        return cli.json(options.split(" "));
    }

    /** Reports written by main before offload existed: off (or 0 GiB over any link), the JSON is exactly theirs. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "llama-70b-tp4-paged.json|" + PRESSED,
        "llama-70b-tp4-paged.json|" + PRESSED + " --offload 0 --offloadLink nvme",
        "llama-8b-a100-window.json|--model llama-3.1-8b --gpu a100-80g --context 32K --batch 16 --evict window:4096",
        "gemma-27b-gb200-1m.json|--model gemma-3-27b --gpu gb200 --context 1M --batch 4 --offload off"})
    void offTheReportIsExactlyTodays(String file, String options) throws Exception {
        assertEquals(ReportRun.goldenJson("before-offload", file), report(options));
    }

    @Test
    void onPreemptedCachesGoToHostMemoryAndReloadFasterThanTheyRecompute() throws Exception {
        ObjectNode off = (ObjectNode) report(PRESSED);
        ObjectNode on = (ObjectNode) report(PRESSED + " --offload 64 --offloadLink pcie5");
        JsonNode offload = on.remove("offload");
        List<String> names = new ArrayList<>();
        offload.fieldNames().forEachRemaining(names::add);
        assertEquals(Arrays.asList("offloadedBytes", "reloadSecondsPerRequest", "recomputeSecondsPerRequest"),
                names.subList(0, 3), "the issue's three fields first");
        assertEquals("pcie5", offload.get("link").asText());
        assertEquals(64L << 30, offload.get("hostBytesPerGpu").asLong());
        // Reload by hand: the mean returning request's tokens x 327,680 B over 4 GPUs' links at 64 GB/s each.
        double tokens = offload.get("reloadedTokensPerRequest").asDouble();
        assertTrue(tokens > 0);
        assertEquals(tokens * LLAMA_70B_KV / (4 * 64e9), offload.get("reloadSecondsPerRequest").asDouble(), 1e-12);
        assertTrue(offload.get("reloadSecondsPerRequest").asDouble() * 10
                < offload.get("recomputeSecondsPerRequest").asDouble(), offload.toString());
        // Every preemption of the run without offload became an offload: none recomputes.
        long without = off.at("/serving/preemptions").asLong();
        assertTrue(without > 100, "the scenario must be under pressure: " + without);
        assertEquals(without, offload.get("preemptionsWithoutOffload").asLong());
        assertEquals(without, offload.get("offloads").asLong());
        assertEquals(0L, offload.get("preemptions").asLong());
        assertEquals(0L, on.at("/serving/preemptions").asLong());
        assertTrue(offload.get("offloadedBytes").asLong() > 0);
        // Beyond its own fields and the preemptions it avoided, the report is the run without offload.
        ((ObjectNode) on.get("settings")).remove(Arrays.asList("offload", "offloadLink"));
        ((ObjectNode) on.get("serving")).remove("preemptions");
        ((ObjectNode) off.get("serving")).remove("preemptions");
        assertEquals(off, on);
    }

    /**
     * Under pressure requests finish (the scheduler grows running sequences before admitting waiting
     * ones, as vLLM v1 does), and a return that reloads instead of recomputing its prefill shortens
     * every tick it lands in, so requests queue less and their first token comes sooner.
     */
    @Test
    void underPressureRequestsFinishAndOffloadBringsTheFirstTokenSooner() throws Exception {
        JsonNode on = report(PRESSED + " --offload 64 --offloadLink pcie5");
        long measured = on.at("/serving/measuredTicks").asLong();
        assertTrue(on.at("/serving/requestsFinished").asLong() >= 50, on.get("serving").toString());
        long preemptions = on.at("/offload/preemptionsWithoutOffload").asLong();
        assertTrue(preemptions > 100 && preemptions * 10 < measured, "rare, not one a tick: " + preemptions);
        double with = on.at("/offload/ttftSeconds").asDouble();
        double without = on.at("/offload/ttftSecondsWithoutOffload").asDouble();
        assertTrue(with > 0 && with < without, "ttft " + with + " s with offload, " + without + " s without");
    }

    @Test
    void aLinkItDoesNotKnowIsRefusedInOneLine() {
        assertEquals(ReportCommand.BAD_USAGE, cli.run("--offload", "64", "--offloadLink", "usb"));
        assertEquals("report: --offloadLink takes auto, pcie4, pcie5, c2c, nvme\n", cli.errors());
    }
}
