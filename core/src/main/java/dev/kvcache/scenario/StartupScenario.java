package dev.kvcache.scenario;

import dev.kvcache.catalog.Catalog;
import dev.kvcache.sim.SimSettings;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The scenario the app starts with: the defaults (the default device with its optimisations),
 * then the saved preferences, then the link or command-line options, each overriding the last.
 */
public final class StartupScenario {
    private StartupScenario() {
    }

    /**
     * The defaults alone: the default model in its native precisions on the default device with that
     * device's optimisations.
     */
    public static SimSettings defaults(Catalog catalog) {
        ScenarioResolver resolver = new ScenarioResolver(catalog);
        SimSettings.Builder b = ModelDefaults.applyTo(SimSettings.builder(), resolver.model(null));
        return DeviceDefaults.applyTo(b, resolver.device(null)).build();
    }

    /** Defaults, then {@code saved}, then {@code given}; notices from the saved store say so. */
    public static ScenarioRequest resolve(Catalog catalog, Map<String, String> saved, Map<String, String> given) {
        ScenarioParams params = new ScenarioParams(catalog);
        ScenarioRequest fromStore = params.parse(saved, defaults(catalog));
        ScenarioRequest fromLink = params.parse(given, fromStore.settings());
        List<String> notices = new ArrayList<String>();
        for (String notice : fromStore.notices()) {
            notices.add("saved settings: " + notice);
        }
        notices.addAll(fromLink.notices());
        return new ScenarioRequest(fromLink.settings(), fromLink.tokens(), fromLink.paused(), notices,
                fromLink.refusals());
    }
}
