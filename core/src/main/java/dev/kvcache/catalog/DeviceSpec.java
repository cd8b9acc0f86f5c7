package dev.kvcache.catalog;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * One accelerator: marketed and usable memory (what a framework can actually allocate), memory
 * type, bandwidth, on-chip cache or SRAM, how many memory modules the view draws, the
 * FlashAttention tile edge, and the sourced compute, link, power and price figures the time model
 * reads ({@link DevicePerformance}). Immutable.
 */
public final class DeviceSpec {
    private final String id;
    private final String name;
    private final List<String> aliases;
    private final String vendor;
    private final long marketedBytes;
    private final long usableBytes;
    private final String usableNote;
    private final String memoryType;
    private final ModuleKind moduleKind;
    private final int moduleCount;
    private final double bandwidthGBps;
    private final double onChipMB;
    private final String onChipKind;
    private final int flashTile;
    private final DeviceUnit unit;
    private final DevicePerformance performance;

    public DeviceSpec(String id, String name, List<String> aliases, String vendor, long marketedBytes,
            long usableBytes, String usableNote, String memoryType, int moduleCount,
            double bandwidthGBps, double onChipMB, String onChipKind, int flashTile, DeviceUnit unit,
            DevicePerformance performance) {
        this.id = id;
        this.name = name;
        this.aliases = Collections.unmodifiableList(new ArrayList<String>(aliases));
        this.vendor = vendor;
        this.marketedBytes = marketedBytes;
        this.usableBytes = usableBytes;
        this.usableNote = usableNote;
        this.memoryType = memoryType;
        this.moduleKind = ModuleKind.forMemoryType(memoryType);
        this.moduleCount = moduleCount;
        this.bandwidthGBps = bandwidthGBps;
        this.onChipMB = onChipMB;
        this.onChipKind = onChipKind;
        this.flashTile = flashTile;
        this.unit = unit;
        this.performance = performance;
    }

    public String id() {
        return id;
    }

    public String name() {
        return name;
    }

    public List<String> aliases() {
        return aliases;
    }

    public String vendor() {
        return vendor;
    }

    /** Capacity as marketed, decimal bytes ("80 GB" = 80,000,000,000). */
    public long marketedBytes() {
        return marketedBytes;
    }

    /** Bytes a framework can allocate (H100 80GB: vLLM sees 79.19 GiB). */
    public long usableBytes() {
        return usableBytes;
    }

    /** Where the usable figure comes from, or the rule used to derive it. */
    public String usableNote() {
        return usableNote;
    }

    /** HBM3, GDDR6X, SRAM, LPDDR5X (unified) ... */
    public String memoryType() {
        return memoryType;
    }

    public ModuleKind moduleKind() {
        return moduleKind;
    }

    /** HBM stacks, GDDR chips, SRAM regions or unified-memory packages the view draws. */
    public int moduleCount() {
        return moduleCount;
    }

    public double bandwidthGBps() {
        return bandwidthGBps;
    }

    /** L2 cache or on-chip SRAM in MB (0 when unknown). */
    public double onChipMB() {
        return onChipMB;
    }

    public String onChipKind() {
        return onChipKind;
    }

    /** FlashAttention tile edge in tokens (block of queries x keys held in on-chip memory). */
    public int flashTile() {
        return flashTile;
    }

    /** What one of these is called: GPU, chip or wafer. */
    public DeviceUnit unit() {
        return unit;
    }

    /** Compute throughput, link, board power and price, each with its source. */
    public DevicePerformance performance() {
        return performance;
    }
}
