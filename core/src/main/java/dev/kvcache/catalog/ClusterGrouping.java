package dev.kvcache.catalog;

/**
 * The one rule for how a device's GPUs are grouped: the chosen preset's nodes, else the preset
 * clusters.json lists as the device's own ({@code defaultFor}: 8 per NVLink node for H100, H200
 * and B200, 72 per GB200 NVL72 rack, 8 per MI300X platform, a TPU pod), else nodes of 8 on the
 * device's own link ({@link ClusterSpec#fallbackFor}).
 */
public final class ClusterGrouping {
    private ClusterGrouping() {
    }

    /** The grouping of {@code device} under preset {@code presetId} ("" for none, or a preset of another device). */
    public static ClusterSpec of(Catalog catalog, String presetId, DeviceSpec device) {
        if (presetId != null && !presetId.isEmpty()) {
            ClusterSpec preset = catalog.clusters().find(presetId);
            if (preset != null && preset.deviceId().equals(device.id())) {
                return preset;
            }
        }
        for (ClusterSpec c : catalog.clusters().all()) {
            if (c.defaultFor().contains(device.id())) {
                return c;
            }
        }
        return ClusterSpec.fallbackFor(device);
    }
}
