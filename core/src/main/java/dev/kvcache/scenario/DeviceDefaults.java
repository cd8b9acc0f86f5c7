package dev.kvcache.scenario;

import dev.kvcache.catalog.DeviceSpec;
import dev.kvcache.catalog.ModuleKind;
import dev.kvcache.sim.BatchingMode;
import dev.kvcache.sim.Deployment;
import dev.kvcache.sim.FlashMode;
import dev.kvcache.sim.PagingMode;
import dev.kvcache.sim.SimSettings;

/**
 * The optimisations a device starts with, as in the original: continuous batching on devices with
 * at least 24 GB, every HBM device and SRAM accelerators; paging on SRAM accelerators only;
 * FlashAttention on devices with at least 16 GB. (Real serving engines page on every device.)
 */
public final class DeviceDefaults {
    /** Marketed bytes from which continuous batching is on by default (24 GB, decimal). */
    static final long BATCHING_FROM_BYTES = 24_000_000_000L;
    /** Marketed bytes from which FlashAttention is on by default (16 GB, decimal). */
    static final long FLASH_FROM_BYTES = 16_000_000_000L;

    private DeviceDefaults() {
    }

    public static BatchingMode batching(DeviceSpec device) {
        boolean on = device.marketedBytes() >= BATCHING_FROM_BYTES
                || device.moduleKind() == ModuleKind.HBM
                || device.moduleKind() == ModuleKind.SRAM;
        return on ? BatchingMode.CONTINUOUS : BatchingMode.STATIC;
    }

    public static PagingMode paging(DeviceSpec device) {
        return device.moduleKind() == ModuleKind.SRAM ? PagingMode.PAGED : PagingMode.CONTIGUOUS;
    }

    public static FlashMode flash(DeviceSpec device) {
        return device.marketedBytes() >= FLASH_FROM_BYTES ? FlashMode.FLASH : FlashMode.STANDARD;
    }

    /**
     * Sets the device and its three default optimisations on {@code builder}; a layout fixed for the
     * previous device is let go (the engine lays the model out again for this one), and so is a preset.
     */
    public static SimSettings.Builder applyTo(SimSettings.Builder builder, DeviceSpec device) {
        Deployment deployment = builder.build().deployment();
        if (deployment.hasCluster()) {
            // A preset is hardware of one device: another device leaves it (a preset sets its own after this).
            builder.deployment(Deployment.of(deployment.dp(), ""));
        }
        return builder.deviceId(device.id()).layout(0, 0, 0)
                .batching(batching(device))
                .paging(paging(device))
                .flash(flash(device));
    }
}
