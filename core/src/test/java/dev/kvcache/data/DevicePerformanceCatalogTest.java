package dev.kvcache.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.kvcache.TestCatalog;
import dev.kvcache.catalog.Catalog;
import dev.kvcache.catalog.ComputeFormat;
import dev.kvcache.catalog.DevicePerformance;
import dev.kvcache.catalog.DeviceSpec;
import dev.kvcache.catalog.PublishedFigure;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Every device in the shipped devices.json carries every figure the time model reads, each a
 * number or an explicit "not published" (a number format the device lacks: "not supported"),
 * each with its source; read straight from the file, so a loader that quietly defaulted a missing
 * figure would not hide it.
 */
class DevicePerformanceCatalogTest {
    private static final String[] FIGURES = {"linkBidirectionalGBps", "tdpWatts", "usdPerHour"};
    private static final String[] SOURCES = {"denseTflopsSource", "bandwidthSource", "linkSource", "tdpSource",
        "priceSource", "link", "priceDate"};
    private final Catalog catalog = TestCatalog.get();

    @Test
    void everyDeviceHasEveryFigureOrSaysItIsNotPublishedWithASource() throws IOException {
        JsonNode devices = new ObjectMapper().readTree(TestCatalog.file("devices.json")).get("devices");
        List<String> missing = new ArrayList<>();
        for (JsonNode device : devices) {
            String id = device.get("id").asText();
            JsonNode perf = device.get("perf");
            if (perf == null) {
                missing.add(id + ": no perf");
                continue;
            }
            JsonNode tflops = perf.get("denseTflops");
            for (ComputeFormat format : ComputeFormat.values()) {
                JsonNode v = tflops == null ? null : tflops.get(format.key());
                if (!(v != null && (v.isNumber() || isWord(v, "not published") || isWord(v, "not supported")))) {
                    missing.add(id + ": denseTflops." + format.key());
                }
            }
            for (String figure : FIGURES) {
                JsonNode v = perf.get(figure);
                if (!(v != null && (v.isNumber() || isWord(v, "not published")))) {
                    missing.add(id + ": " + figure);
                }
            }
            for (String source : SOURCES) {
                JsonNode v = perf.get(source);
                if (v == null || !v.isTextual() || v.asText().trim().isEmpty()) {
                    missing.add(id + ": " + source);
                }
            }
        }
        assertEquals("[]", missing.toString());
        assertEquals(catalog.devices().size(), devices.size(), "every device in the file loads");
    }

    @Test
    void theLoadedFiguresKeepTheirSourcesAndTheirAbsences() {
        for (DeviceSpec d : catalog.devices().all()) {
            DevicePerformance p = d.performance();
            assertNotNull(p, d.id());
            for (ComputeFormat format : ComputeFormat.values()) {
                assertFalse(p.denseTflops(format).source().isEmpty(), d.id() + " " + format);
            }
            assertFalse(p.linkKind().isEmpty(), d.id());
            assertFalse(p.tdpWatts().source().isEmpty(), d.id());
            assertFalse(p.usdPerHour().source().isEmpty(), d.id());
        }
        DevicePerformance h100 = catalog.device("h100").performance();
        assertEquals(989.4, h100.denseTflops(ComputeFormat.SIXTEEN_BIT).value(), 1e-9, "dense BF16, not the sparse 1,979");
        assertEquals(1978.9, h100.denseTflops(ComputeFormat.FP8).value(), 1e-9);
        assertEquals(PublishedFigure.Availability.NOT_SUPPORTED, h100.denseTflops(ComputeFormat.FP4).availability());
        assertEquals(900, h100.linkBidirectionalGBps().value(), 1e-9);
        assertEquals(700, h100.tdpWatts().value(), 1e-9);
        assertTrue(h100.denseTflops(ComputeFormat.FP8).source().contains("nvidia"));
        assertEquals(PublishedFigure.Availability.NOT_SUPPORTED,
                catalog.device("a100-80g").performance().denseTflops(ComputeFormat.FP8).availability(), "Ampere has no FP8");
        assertEquals(PublishedFigure.Availability.NOT_PUBLISHED,
                catalog.device("tpu-v5e").performance().tdpWatts().availability(), "Google gives no TPU power");
    }

    @Test
    void theOriginalsB100AndQualcommCloudAi100AreThere() {
        DeviceSpec b100 = catalog.device("b100");
        assertEquals(192_000_000_000L, b100.marketedBytes(), "192 GB, not the original's 80");
        assertEquals(8000, b100.bandwidthGBps(), 1e-9);
        assertEquals(700, b100.performance().tdpWatts().value(), 1e-9);
        DeviceSpec qualcomm = catalog.device("Qualcomm Cloud AI 100");
        assertEquals(32_000_000_000L, qualcomm.marketedBytes());
        assertEquals(137, qualcomm.bandwidthGBps(), 1e-9);
        assertEquals(75, qualcomm.performance().tdpWatts().value(), 1e-9);
        assertEquals(375, qualcomm.performance().denseTflops(ComputeFormat.INT8).value(), 1e-9);
    }

    /** What PyTorch reports as total memory, where a source shows it (torch OutOfMemoryError messages). */
    @Test
    void usableCapacitiesAreWhatPyTorchReports() {
        assertEquals(44.42, gib(catalog.device("l40s")), 0.005, "48 GB GDDR6 with ECC");
        assertEquals(23.64, gib(catalog.device("rtx-4090")), 0.005);
        assertEquals(31.37, gib(catalog.device("rtx-5090")), 0.005);
        assertEquals(39.50, gib(catalog.device("a100-40g")), 0.005);
        assertEquals(79.25, gib(catalog.device("a100-80g")), 0.005);
        assertTrue(catalog.device("l40s").usableNote().startsWith("measured"));
    }

    private static double gib(DeviceSpec d) {
        return d.usableBytes() / (double) (1L << 30);
    }

    private static boolean isWord(JsonNode v, String word) {
        return v.isTextual() && v.asText().equals(word);
    }
}
