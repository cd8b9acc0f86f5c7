package dev.kvcache.app;

import dev.kvcache.catalog.Catalog;
import dev.kvcache.host.AppConsole;
import dev.kvcache.host.NoticeSink;
import dev.kvcache.host.PlatformServices;
import dev.kvcache.host.SettingsPersistence;
import dev.kvcache.host.SettingsStore;
import dev.kvcache.host.SimulationHost;
import dev.kvcache.scenario.ScenarioRequest;
import dev.kvcache.scenario.StartupScenario;

/**
 * Starts the session's scenario: the defaults, then the saved settings, then the link or the
 * command-line options, all resolved before the host exists, so the simulation is built once with
 * the result (a 100M-token scenario built twice cost a second layout search at startup). Plain
 * Java, so a test counts the builds.
 */
public final class HostStartup {
    private final SettingsStore store;
    private final SimulationHost host;

    /** Reads the saved settings and the platform's startup parameters; their notices go to {@code notices}. */
    public HostStartup(Catalog catalog, PlatformServices platform, NoticeSink notices) {
        store = platform.settingsPersistence() == SettingsPersistence.SAVED
                ? SettingsStore.of(platform.settingsStorage(), notices) : SettingsStore.none();
        ScenarioRequest start = StartupScenario.resolve(catalog, store.load(), platform.startupParameters(notices));
        host = new SimulationHost(catalog, start.settings());
        // The host has the request's settings already, so this only jumps to its tokens and sets play / pause.
        new AppConsole(host).apply(start);
        for (String notice : start.notices()) {
            notices.notice(notice);
        }
    }

    public SimulationHost host() {
        return host;
    }

    /** The store that keeps the scenario between runs (one that does nothing for scripted runs). */
    public SettingsStore store() {
        return store;
    }
}
