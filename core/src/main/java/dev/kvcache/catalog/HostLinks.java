package dev.kvcache.catalog;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The host links KV offload may use and which one each device's host has: listed devices take their
 * link, every other device the catalog's {@code otherDevices} link (a default, not a source).
 */
public final class HostLinks {
    /** No links (a catalog without a {@code hostLinks} section). */
    public static final HostLinks NONE = new HostLinks(Collections.<HostLink>emptyList(),
            Collections.<String, String>emptyMap(), null);

    private final List<HostLink> links;
    private final Map<String, String> byDevice;
    private final String otherDevices;

    /** {@code byDevice}: device id to link id; {@code otherDevices}: the link id of the rest. */
    public HostLinks(List<HostLink> links, Map<String, String> byDevice, String otherDevices) {
        this.links = Collections.unmodifiableList(new ArrayList<HostLink>(links));
        this.byDevice = Collections.unmodifiableMap(new LinkedHashMap<String, String>(byDevice));
        this.otherDevices = otherDevices;
    }

    public List<HostLink> all() {
        return links;
    }

    /** The link with id {@code id}, or null. */
    public HostLink find(String id) {
        // Indexed, not an iterator: the legend asks every frame and must not allocate.
        for (int i = 0; i < links.size(); i++) {
            if (links.get(i).id().equals(id)) {
                return links.get(i);
            }
        }
        return null;
    }

    /** The link the host of {@code deviceId} has: its listed one, else the default; null when there are none. */
    public HostLink forDevice(String deviceId) {
        String id = byDevice.get(deviceId);
        return find(id != null ? id : otherDevices);
    }

    /** The link a setting names ({@code pcie5}), or for {@code auto} the device's own; null when none is listed. */
    public HostLink chosen(String word, String deviceId) {
        return "auto".equals(word) ? forDevice(deviceId) : find(word);
    }

    /** True when the catalog names this device's host link (false: the default applies). */
    public boolean isListed(String deviceId) {
        return byDevice.containsKey(deviceId);
    }
}
