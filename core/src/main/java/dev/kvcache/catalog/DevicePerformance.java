package dev.kvcache.catalog;

/**
 * What the time model needs of a device beyond its memory, each figure with its source: dense
 * tensor throughput per {@link ComputeFormat} (TFLOPS or TOPS), the source of the memory
 * bandwidth, the scale-up link (kind and both-directions bandwidth as vendors quote it), board
 * power and a typical rental price per device-hour with its date. Immutable.
 */
public final class DevicePerformance {
    private final PublishedFigure[] denseTflops;
    private final String bandwidthSource;
    private final String linkKind;
    private final PublishedFigure linkBidirectionalGBps;
    private final PublishedFigure tdpWatts;
    private final PublishedFigure usdPerHour;
    private final String priceDate;
    private final String note;

    /** {@code denseTflops} is indexed by {@link ComputeFormat#ordinal()} and holds every format. */
    public DevicePerformance(PublishedFigure[] denseTflops, String bandwidthSource, String linkKind,
            PublishedFigure linkBidirectionalGBps, PublishedFigure tdpWatts, PublishedFigure usdPerHour,
            String priceDate, String note) {
        if (denseTflops.length != ComputeFormat.values().length) {
            throw new IllegalArgumentException("one throughput figure per compute format is needed");
        }
        this.denseTflops = java.util.Arrays.copyOf(denseTflops, denseTflops.length);
        this.bandwidthSource = bandwidthSource;
        this.linkKind = linkKind;
        this.linkBidirectionalGBps = linkBidirectionalGBps;
        this.tdpWatts = tdpWatts;
        this.usdPerHour = usdPerHour;
        this.priceDate = priceDate;
        this.note = note;
    }

    /** Dense (not sparse) peak tensor throughput in {@code format}, TFLOPS (TOPS for INT8). */
    public PublishedFigure denseTflops(ComputeFormat format) {
        return denseTflops[format.ordinal()];
    }

    /** Where the catalog's bandwidthGBps comes from. */
    public String bandwidthSource() {
        return bandwidthSource;
    }

    /** NVLink 4, Infinity Fabric, ICI, PCIe Gen4 x16 ... */
    public String linkKind() {
        return linkKind;
    }

    /** The scale-up link's bandwidth, both directions together, GB/s (NVLink 4: 900). */
    public PublishedFigure linkBidirectionalGBps() {
        return linkBidirectionalGBps;
    }

    /** Board power (TDP or TBP), watts. */
    public PublishedFigure tdpWatts() {
        return tdpWatts;
    }

    /** A typical rental price per device-hour, US dollars. */
    public PublishedFigure usdPerHour() {
        return usdPerHour;
    }

    /** When that price was listed ("2026-05"), or "not published". */
    public String priceDate() {
        return priceDate;
    }

    /** A remark on the figures, or "". */
    public String note() {
        return note;
    }
}
