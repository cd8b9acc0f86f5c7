package dev.kvcache.scenario;

import dev.kvcache.catalog.Catalog;
import dev.kvcache.catalog.DeviceSpec;
import dev.kvcache.catalog.HostLink;
import dev.kvcache.catalog.ModelSpec;
import dev.kvcache.catalog.ScenarioDefaults;

/** Finds the model and device a setting names, falling back to the catalog's first entries. */
public final class ScenarioResolver {
    /** Shown at first start: a popular model on the most common serving GPU. */
    public static final String DEFAULT_MODEL = ScenarioDefaults.MODEL;
    public static final String DEFAULT_DEVICE = ScenarioDefaults.DEVICE;

    private final Catalog catalog;

    public ScenarioResolver(Catalog catalog) {
        this.catalog = catalog;
    }

    public ModelSpec model(String idOrAlias) {
        ModelSpec model = idOrAlias == null ? null : catalog.models().find(idOrAlias);
        if (model == null) {
            model = catalog.models().find(DEFAULT_MODEL);
        }
        return model != null ? model : catalog.models().all().get(0);
    }

    /** The draft model {@code settings} names for speculative decoding; null for none or mtp (or an unknown id). */
    public ModelSpec draft(dev.kvcache.sim.SimSettings settings) {
        dev.kvcache.sim.Speculation s = settings.speculation();
        return s.isOn() && !s.isMtp() ? catalog.models().find(s.draft()) : null;
    }

    /**
     * The link KV offload uses in {@code settings}: the one it names, else the device's own host link
     * ({@code auto}); null when the catalog lists no links.
     */
    public HostLink hostLink(dev.kvcache.sim.SimSettings settings) {
        return catalog.hostLinks().chosen(settings.offload().link().word(), device(settings.deviceId()).id());
    }

    public DeviceSpec device(String idOrAlias) {
        DeviceSpec device = idOrAlias == null ? null : catalog.devices().find(idOrAlias);
        if (device == null) {
            device = catalog.devices().find(DEFAULT_DEVICE);
        }
        return device != null ? device : catalog.devices().all().get(0);
    }
}
