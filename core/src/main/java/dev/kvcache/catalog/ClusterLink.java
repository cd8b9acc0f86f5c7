package dev.kvcache.catalog;

/** One kind of link a cluster's GPUs talk over: its name, GB/s per GPU each way (0 when not published) and source. */
public final class ClusterLink {
    public final String name;
    /** Per GPU and per direction, decimal GB/s; 0 when the vendor publishes no figure. */
    public final double gigabytesPerSecond;
    public final String source;

    public ClusterLink(String name, double gigabytesPerSecond, String source) {
        this.name = name;
        this.gigabytesPerSecond = gigabytesPerSecond;
        this.source = source;
    }

    public boolean isKnown() {
        return gigabytesPerSecond > 0;
    }
}
