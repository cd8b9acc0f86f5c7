package dev.kvcache.catalog;

/** What the view draws around the die: HBM stacks, GDDR chips, on-chip SRAM regions, or unified memory packages. */
public enum ModuleKind {
    HBM,
    GDDR,
    SRAM,
    UNIFIED;

    /** The kind for a memory type name: HBM2e -> HBM, GDDR6X -> GDDR, LPDDR5X -> UNIFIED; null if unknown. */
    public static ModuleKind forMemoryType(String memoryType) {
        String t = memoryType == null ? "" : memoryType.toUpperCase();
        if (t.startsWith("HBM")) {
            return HBM;
        }
        if (t.startsWith("GDDR")) {
            return GDDR;
        }
        if (t.startsWith("SRAM")) {
            return SRAM;
        }
        if (t.startsWith("LPDDR") || t.startsWith("DDR")) {
            return UNIFIED;
        }
        return null;
    }
}
