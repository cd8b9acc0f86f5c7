package dev.kvcache.catalog;

/**
 * A link from a GPU to its second KV tier (KV offload), as {@code devices.json}'s {@code hostLinks}
 * lists it: its id ({@code pcie5}), name, speed one way per GPU and its source. Immutable.
 */
public final class HostLink {
    private final String id;
    private final String name;
    private final double gbpsPerDirection;
    private final String source;

    public HostLink(String id, String name, double gbpsPerDirection, String source) {
        if (!(gbpsPerDirection > 0)) {
            throw new IllegalArgumentException("host link " + id + ": gbpsPerDirection must be above 0");
        }
        this.id = id;
        this.name = name;
        this.gbpsPerDirection = gbpsPerDirection;
        this.source = source;
    }

    public String id() {
        return id;
    }

    /** As sentences say it: "PCIe 5.0 x16". */
    public String name() {
        return name;
    }

    /** Decimal GB per second, one way, per GPU. */
    public double gbpsPerDirection() {
        return gbpsPerDirection;
    }

    /** Bytes per second one way, per GPU. */
    public double bytesPerSecond() {
        return gbpsPerDirection * 1e9;
    }

    public String source() {
        return source;
    }
}
