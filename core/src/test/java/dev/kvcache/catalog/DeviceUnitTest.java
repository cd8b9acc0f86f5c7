package dev.kvcache.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** A device is counted in its own unit wherever a label starts with the plural (control panel, info panel). */
class DeviceUnitTest {
    @Test
    void headingsNameTheDevicesEachDeviceIsCountedIn() {
        assertEquals("GPUs", DeviceUnit.GPU.heading());
        assertEquals("Chips", DeviceUnit.CHIP.heading());
        assertEquals("Wafers", DeviceUnit.WAFER.heading());
    }
}
