package dev.kvcache.data;

import dev.kvcache.catalog.ClusterLink;
import dev.kvcache.catalog.ClusterSpec;
import dev.kvcache.catalog.Directory;
import dev.kvcache.catalog.DeviceSpec;
import java.util.List;
import java.util.Map;

/**
 * Reads one entry of clusters.json: {@code id}, {@code name}, {@code aliases}, {@code device} (a
 * devices.json id), {@code gpus}, {@code gpusPerNode}, {@code unit}, optional {@code defaultFor}
 * (device ids), and {@code scaleUp} / {@code scaleOut} objects with {@code name},
 * {@code gigabytesPerSecond} (per GPU each way, 0 when not published) and {@code source}.
 */
final class ClusterEntryReader implements CatalogLoader.EntryReader {
    /** Past the engine's GPU limit a preset could not be laid out. */
    private static final int MAX_GPUS = dev.kvcache.sim.Limits.MAX_GPUS;
    /** Per GPU each way: 10 TB/s is beyond any link sold. */
    private static final double MAX_GBPS = 10_000;

    private final Directory<ClusterSpec> clusters;
    private final Directory<DeviceSpec> devices;
    private final List<String> problems;

    ClusterEntryReader(Directory<ClusterSpec> clusters, Directory<DeviceSpec> devices, List<String> problems) {
        this.clusters = clusters;
        this.devices = devices;
        this.problems = problems;
    }

    @Override
    public void read(Map<String, Object> entry, String where) {
        EntryFields f = new EntryFields(entry, where);
        String id = f.requireString("id");
        f.namedAs("clusters.json cluster " + id);
        String device = f.requireString("device");
        if (devices.find(device) == null) {
            throw f.error("device", "'" + device + "' is not in devices.json");
        }
        int gpus = f.requireInt("gpus", 1, MAX_GPUS);
        int perNode = f.requireInt("gpusPerNode", 1, gpus);
        ClusterSpec spec = new ClusterSpec(id, f.requireString("name"), devices.find(device).id(), gpus, perNode,
                f.requireString("unit"), link(f, "scaleUp"), link(f, "scaleOut"), f.stringList("defaultFor"));
        problems.addAll(clusters.add(spec, id, spec.name(), f.stringList("aliases")));
    }

    private static ClusterLink link(EntryFields entry, String field) {
        EntryFields f = new EntryFields(entry.requireObject(field), entry.where() + " " + field);
        return new ClusterLink(f.requireString("name"), f.requireNumber("gigabytesPerSecond", 0, MAX_GBPS),
                f.requireString("source"));
    }
}
