package dev.kvcache.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kvcache.TestCatalog;
import dev.kvcache.catalog.Catalog;
import org.junit.jupiter.api.Test;

/** The die's on-chip region is sized and labelled from the catalogue's figure, never invented. */
class OnChipRegionTest {
    private final Catalog catalog = TestCatalog.get();

    @Test
    void regionComesFromTheDevicesOnChipFigure() {
        DeviceLook h100 = DeviceLook.of(catalog.device("h100"));
        assertEquals(OnChipRegion.share(50), h100.onChipShare);
        assertEquals("L2 cache 50 MB", h100.onChipLabel);
        DeviceLook mi300x = DeviceLook.of(catalog.device("mi300x"));
        assertEquals("Infinity Cache 256 MB", mi300x.onChipLabel);
        assertTrue(mi300x.onChipShare > h100.onChipShare);
        DeviceLook wafer = DeviceLook.of(catalog.device("wse-3"));
        assertEquals("on-wafer SRAM 44 GB", wafer.onChipLabel);
        assertTrue(wafer.onChipShare > mi300x.onChipShare);
        assertTrue(wafer.onChipShare <= OnChipRegion.MAX_SHARE);
    }

    @Test
    void aDeviceWithoutAListedSizeGetsNoRegionAndSaysSo() {
        DeviceLook tpu = DeviceLook.of(catalog.device("tpu-v5e"));
        assertEquals(0f, tpu.onChipShare);
        assertEquals("on-chip cache: size not listed", tpu.onChipLabel);
        assertEquals("SLC: size not listed", DeviceLook.of(catalog.device("m4-max")).onChipLabel);
    }

    @Test
    void shareGrowsWithSize() {
        float previous = 0f;
        for (double megabytes : new double[] {1, 4, 50, 126, 256, 900, 40960, 45056}) {
            float share = OnChipRegion.share(megabytes);
            assertTrue(share > previous || megabytes == 1, "larger at " + megabytes + " MB");
            previous = share;
        }
        assertEquals(OnChipRegion.MIN_SHARE, OnChipRegion.share(1), 1e-6f);
    }
}
