package dev.kvcache.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kvcache.TestCatalog;
import dev.kvcache.catalog.Catalog;
import dev.kvcache.catalog.ClusterLink;
import dev.kvcache.catalog.ClusterSpec;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The shipped clusters.json loads without problems, every figure with its source, the hardware as sold. */
class ShippedClustersTest {
    private final Catalog catalog = TestCatalog.get();

    @Test
    void everyPresetLoadsWithASourceForEachLink() {
        assertTrue(TestCatalog.loader().problems().isEmpty(), TestCatalog.loader().problems().toString());
        assertTrue(catalog.clusters().size() >= 9);
        for (ClusterSpec c : catalog.clusters().all()) {
            assertNotNull(catalog.devices().find(c.deviceId()), c.id());
            for (ClusterLink link : List.of(c.scaleUp(), c.scaleOut())) {
                assertFalse(link.name.isEmpty(), c.id());
                assertTrue(link.source.length() > 20, c.id() + ": " + link.source);
            }
            // A system of one device (a CS-3, a Mac) has no link inside it and says so; every other
            // preset publishes its scale-up link, and a system of one its link to the next system.
            if (c.gpusPerNode() == 1) {
                assertTrue(c.scaleUp().name.startsWith("none: one "), c.id() + ": " + c.scaleUp().name);
                assertTrue(c.scaleOut().isKnown(), c.id() + ": its systems' link");
            } else {
                assertTrue(c.scaleUp().isKnown(), c.id() + ": every preset publishes its scale-up link");
            }
        }
    }

    @Test
    void thePresetsAreTheHardwareAsSold() {
        expect("dgx-h100", "h100", 8, 8, 450, 50);
        expect("dgx-h200", "h200", 8, 8, 450, 50);
        expect("dgx-b200", "b200", 8, 8, 900, 50);
        // 72 GPUs in one NVLink domain: not 36 "superchips"; one 400 Gb/s ConnectX-7 per GPU (DGX GB200
        // compute tray: four for its four GPUs), not the GB300's 800 Gb/s ConnectX-8.
        expect("gb200-nvl72", "gb200", 72, 72, 900, 50);
        expect("mi300x-8", "mi300x", 8, 8, 448, 50);
        // EFA 3,200 Gb/s per instance over 8 GPUs.
        expect("aws-p5", "h100", 8, 8, 450, 50);
        expect("gcp-a3", "h100", 8, 8, 450, 12.5);
        expect("meta-24k", "h100", 24_576, 8, 450, 50);
        expect("xai-colossus", "h100", 100_000, 8, 450, 50);
        // Google's tables give ICI per chip both ways (400 and 1,200 GBps) and DCN per host or per chip:
        // 2 x 100 Gb/s over 8 v5e chips, 50 Gb/s per v5p chip.
        expect("tpu-v5e-256", "tpu-v5e", 256, 256, 200, 3.125);
        expect("tpu-v5p-pod", "tpu-v5p", 8960, 8960, 600, 6.25);
        // One wafer per CS-2 / CS-3 and one M4 Max per Mac, joined by their own Ethernet or Thunderbolt
        // ports (devices.json's bidirectional figures halved): not nodes of 8.
        expect("cerebras-cs3", "wse-3", 1, 1, 0, 150);
        expect("cerebras-cs2", "wse-2", 1, 1, 0, 150);
        expect("mac-m4-max", "m4-max", 1, 1, 0, 7.5);
    }

    @Test
    void aBrokenPresetIsReportedNotLoaded() {
        CatalogLoader loader = new CatalogLoader();
        Catalog c = loader.load(TestCatalog.file("models.json"), TestCatalog.file("devices.json"));
        loader.loadClusters(c, "{\"version\":1,\"clusters\":[{\"id\":\"x\",\"name\":\"X\",\"device\":\"h999\","
                + "\"gpus\":8,\"gpusPerNode\":8,\"unit\":\"node\"}]}");
        assertEquals(0, c.clusters().size());
        assertEquals(1, loader.problems().size(), loader.problems().toString());
        assertTrue(loader.problems().get(0).contains("h999"), loader.problems().toString());
    }

    private void expect(String id, String device, int gpus, int perNode, double upGBps, double outGBps) {
        ClusterSpec c = catalog.clusters().require(id);
        assertEquals(device, c.deviceId(), id);
        assertEquals(gpus, c.gpus(), id);
        assertEquals(perNode, c.gpusPerNode(), id);
        assertEquals(upGBps, c.scaleUp().gigabytesPerSecond, 1e-9, id);
        assertEquals(outGBps, c.scaleOut().gigabytesPerSecond, 1e-9, id);
    }
}
