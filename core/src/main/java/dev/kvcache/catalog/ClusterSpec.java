package dev.kvcache.catalog;

import dev.kvcache.units.Quantities;
import java.util.Collections;
import java.util.List;

/**
 * A cluster preset (immutable): its device, GPU count, the GPUs one scale-up domain joins (an
 * NVLink node or rack, an Infinity Fabric platform, a TPU pod) and the two links: scale-up inside
 * that domain, scale-out between domains. Read from {@code assets/catalog/clusters.json}.
 */
public final class ClusterSpec {
    private final String id;
    private final String name;
    private final String deviceId;
    private final int gpus;
    private final int gpusPerNode;
    private final String unit;
    private final ClusterLink scaleUp;
    private final ClusterLink scaleOut;
    private final List<String> defaultFor;

    public ClusterSpec(String id, String name, String deviceId, int gpus, int gpusPerNode, String unit,
            ClusterLink scaleUp, ClusterLink scaleOut, List<String> defaultFor) {
        if (gpus < 1 || gpusPerNode < 1 || gpusPerNode > gpus) {
            throw new IllegalArgumentException("cluster " + id + ": gpus must be at least gpusPerNode, both at least 1");
        }
        this.id = id;
        this.name = name;
        this.deviceId = deviceId;
        this.gpus = gpus;
        this.gpusPerNode = gpusPerNode;
        this.unit = unit;
        this.scaleUp = scaleUp;
        this.scaleOut = scaleOut;
        this.defaultFor = Collections.unmodifiableList(defaultFor);
    }

    /**
     * The grouping of a device no preset names: nodes of {@link #FALLBACK_NODE} GPUs (the engine's
     * node, within which tensor parallelism stays) joined by the device's own published link, with
     * no scale-out figure.
     */
    public static ClusterSpec fallbackFor(DeviceSpec device) {
        PublishedFigure link = device.performance().linkBidirectionalGBps();
        double each = link.isKnown() ? link.value() / 2 : 0;
        String linkName = device.performance().linkKind();
        return new ClusterSpec("", device.name() + " nodes", device.id(), FALLBACK_NODE, FALLBACK_NODE, "node",
                new ClusterLink(linkName, each, "devices.json: " + device.id() + " link"),
                new ClusterLink("network between nodes", 0, "no preset: not published"),
                Collections.<String>emptyList());
    }

    /** GPUs per node when no preset groups a device: the engine's node ({@code Limits.NODE_GPUS}). */
    public static final int FALLBACK_NODE = 8;

    /** The preset's id ("" for a device's fallback grouping). */
    public String id() {
        return id;
    }

    public String name() {
        return name;
    }

    public String deviceId() {
        return deviceId;
    }

    /** GPUs of the whole system. */
    public int gpus() {
        return gpus;
    }

    /** GPUs one scale-up domain joins. */
    public int gpusPerNode() {
        return gpusPerNode;
    }

    /** What a scale-up domain is called: node, rack, platform, instance, pod. */
    public String unit() {
        return unit;
    }

    /**
     * Appends {@code count} of this grouping's domains: "12,500 nodes of 8", "1 rack of 72"; a system
     * of one device is named by its count alone, "12 CS-3 systems" (not "of 1").
     */
    public StringBuilder domains(StringBuilder out, long count) {
        Quantities.grouped(out, count).append(' ').append(unit).append(count == 1 ? "" : "s");
        return gpusPerNode > 1 ? out.append(" of ").append(gpusPerNode) : out;
    }

    public ClusterLink scaleUp() {
        return scaleUp;
    }

    public ClusterLink scaleOut() {
        return scaleOut;
    }

    /** Devices grouped like this when no preset is chosen. */
    public List<String> defaultFor() {
        return defaultFor;
    }
}
