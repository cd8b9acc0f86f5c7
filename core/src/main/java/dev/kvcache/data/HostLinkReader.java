package dev.kvcache.data;

import com.badlogic.gdx.utils.JsonValue;
import dev.kvcache.catalog.DeviceSpec;
import dev.kvcache.catalog.Directory;
import dev.kvcache.catalog.HostLink;
import dev.kvcache.catalog.HostLinks;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads {@code devices.json}'s {@code hostLinks} section, the links KV offload moves blocks over:
 * {@code {"otherDevices": "pcie4", "links": [{"id", "name", "gbpsPerDirection", "source",
 * "defaultFor": [device ids]}]}}. {@code gbpsPerDirection} is decimal GB/s one way per GPU; a device
 * in no {@code defaultFor} list takes {@code otherDevices}. Every problem is one line.
 */
final class HostLinkReader {
    private static final String FILE = "devices.json hostLinks";

    private HostLinkReader() {
    }

    static HostLinks read(JsonValue root, Directory<DeviceSpec> devices, List<String> problems) {
        JsonValue section = root.get("hostLinks");
        if (section == null) {
            return HostLinks.NONE;
        }
        List<HostLink> links = new ArrayList<HostLink>();
        Map<String, String> byDevice = new LinkedHashMap<String, String>();
        JsonValue list = section.get("links");
        if (list == null || !list.isArray()) {
            problems.add(FILE + ": \"links\" must be a list");
            return HostLinks.NONE;
        }
        for (JsonValue entry = list.child; entry != null; entry = entry.next) {
            String id = entry.getString("id", null);
            JsonValue speed = entry.get("gbpsPerDirection");
            String source = entry.getString("source", null);
            if (id == null || speed == null || !speed.isNumber() || !(speed.asDouble() > 0) || source == null) {
                problems.add(FILE + " entry " + links.size() + ": needs id, gbpsPerDirection above 0 and source");
                continue;
            }
            links.add(new HostLink(id, entry.getString("name", id), speed.asDouble(), source));
            JsonValue defaults = entry.get("defaultFor");
            for (JsonValue device = defaults == null ? null : defaults.child; device != null; device = device.next) {
                if (devices.find(device.asString()) == null) {
                    problems.add(FILE + " " + id + ": defaultFor names no device: " + device.asString());
                } else {
                    byDevice.put(devices.find(device.asString()).id(), id);
                }
            }
        }
        String other = section.getString("otherDevices", null);
        HostLinks result = new HostLinks(links, byDevice, other);
        if (other == null || result.find(other) == null) {
            problems.add(FILE + ": otherDevices must name one of the links");
        }
        return result;
    }
}
