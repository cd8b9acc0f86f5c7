package dev.kvcache.catalog;

/**
 * The models and devices the app offers, in display order: lookup by id or alias
 * ({@code llama-70b}, {@code h100}), suggestions for unknown names, and cycling order.
 */
public final class Catalog {
    private final Directory<ModelSpec> models;
    private final Directory<DeviceSpec> devices;
    private final int version;
    /** Cluster presets (clusters.json), added after the two catalogs load; empty until then. */
    private final Directory<ClusterSpec> clusters = new Directory<ClusterSpec>("cluster");
    private final HostLinks hostLinks;

    public Catalog(Directory<ModelSpec> models, Directory<DeviceSpec> devices, int version) {
        this(models, devices, version, HostLinks.NONE);
    }

    public Catalog(Directory<ModelSpec> models, Directory<DeviceSpec> devices, int version, HostLinks hostLinks) {
        this.models = models;
        this.devices = devices;
        this.version = version;
        this.hostLinks = hostLinks;
    }

    /** The links a GPU may offload KV blocks over, and each device's own (KV offload). */
    public HostLinks hostLinks() {
        return hostLinks;
    }

    public Directory<ModelSpec> models() {
        return models;
    }

    public Directory<DeviceSpec> devices() {
        return devices;
    }

    public Directory<ClusterSpec> clusters() {
        return clusters;
    }

    /** The lower of the two files' format versions. */
    public int version() {
        return version;
    }

    public ModelSpec model(String idOrAlias) {
        return models.require(idOrAlias);
    }

    public DeviceSpec device(String idOrAlias) {
        return devices.require(idOrAlias);
    }
}
