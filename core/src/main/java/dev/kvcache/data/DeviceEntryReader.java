package dev.kvcache.data;

import dev.kvcache.catalog.DeviceSpec;
import dev.kvcache.catalog.DeviceUnit;
import dev.kvcache.catalog.Directory;
import dev.kvcache.catalog.ModuleKind;
import java.util.List;
import java.util.Map;

/** Reads one entry of devices.json and checks its numbers are physically sensible (its perf object: {@link PerformanceEntryReader}). */
final class DeviceEntryReader implements CatalogLoader.EntryReader {
    private static final double GIB = 1024.0 * 1024 * 1024;
    /** Largest capacity accepted, in GB: a whole wafer holds 44 GB; 100 TB would be a typo. */
    static final double MAX_GB = 100_000;

    private final Directory<DeviceSpec> devices;
    private final List<String> problems;

    DeviceEntryReader(Directory<DeviceSpec> devices, List<String> problems) {
        this.devices = devices;
        this.problems = problems;
    }

    @Override
    public void read(Map<String, Object> entry, String where) {
        EntryFields f = new EntryFields(entry, where);
        String id = f.requireString("id");
        f.namedAs("devices.json device " + id);
        String name = f.requireString("name");
        double marketedGB = f.requireNumber("marketedGB", 0.001, MAX_GB);
        double usableGiB = f.requireNumber("usableGiB", 0.001, MAX_GB);
        long marketed = Math.round(marketedGB * 1e9);
        long usable = Math.round(usableGiB * GIB);
        // "80 GB" HBM parts hold 80 GiB physically, so usable may exceed the decimal figure, but
        // never the binary one.
        if (usable > marketedGB * GIB) {
            throw f.error("usableGiB", "(" + usableGiB + ") exceeds the marketed " + marketedGB + " GB");
        }
        String memoryType = f.requireString("memoryType");
        if (ModuleKind.forMemoryType(memoryType) == null) {
            throw f.error("memoryType", "'" + memoryType + "' is not HBM*, GDDR*, SRAM* or (LP)DDR*");
        }
        int tile = f.requireInt("flashTile", 16, 1024);
        if (Integer.bitCount(tile) != 1) {
            throw f.error("flashTile", "must be a power of two, got " + tile);
        }
        String unitName = f.stringOr("unit", "GPU");
        DeviceUnit unit = DeviceUnit.named(unitName);
        if (unit == null) {
            throw f.error("unit", "'" + unitName + "' is not GPU, chip or wafer");
        }
        DeviceSpec device = new DeviceSpec(id, name, f.stringList("aliases"), f.stringOr("vendor", ""),
                marketed, usable, f.requireString("usableNote"), memoryType,
                f.requireInt("moduleCount", 1, 1_000_000), f.requireNumber("bandwidthGBps", 1, 1e9),
                f.requireNumber("onChipMB", 0, 1e6), f.stringOr("onChipKind", ""), tile, unit,
                PerformanceEntryReader.read(f));
        problems.addAll(devices.add(device, id, name, device.aliases()));
    }
}
