package dev.kvcache.desktop;

import dev.kvcache.render.DeviceLook;

/** Provisional: the device shown at start-up until the catalog is wired in. */
final class DesktopDevices {
    private DesktopDevices() {
    }

    static DeviceLook initial() {
        return new DeviceLook("H100 SXM 80GB", "HBM3", 5, "HBM stack");
    }
}
