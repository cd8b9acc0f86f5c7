package dev.kvcache.render;

import dev.kvcache.catalog.DeviceSpec;
import dev.kvcache.catalog.ModuleKind;

/** What the scene needs to know to draw a device: its name, memory type and module count. */
public final class DeviceLook {
    public final String name;
    public final String memoryType;
    public final int moduleCount;
    /** Singular noun for one module: "HBM stack", "GDDR chip", "SRAM region", "unified memory". */
    public final String moduleNoun;

    public DeviceLook(String name, String memoryType, int moduleCount, String moduleNoun) {
        this.name = name;
        this.memoryType = memoryType;
        this.moduleCount = Math.max(1, moduleCount);
        this.moduleNoun = moduleNoun;
    }

    public static DeviceLook of(DeviceSpec device) {
        return new DeviceLook(device.name(), device.memoryType(), device.moduleCount(), nounFor(device.moduleKind()));
    }

    static String nounFor(ModuleKind kind) {
        switch (kind) {
            case HBM:
                return "HBM stack";
            case GDDR:
                return "GDDR chip";
            case SRAM:
                return "SRAM region";
            default:
                return "unified memory pool";
        }
    }
}
