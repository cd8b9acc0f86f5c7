package dev.kvcache.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kvcache.TestCatalog;
import dev.kvcache.host.NoticeSink;
import dev.kvcache.host.PlatformServices;
import dev.kvcache.host.SettingsPersistence;
import dev.kvcache.host.SettingsStorage;
import dev.kvcache.host.SimulationHost;
import dev.kvcache.scenario.QueryString;
import dev.kvcache.sim.SimSettings;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Startup resolves defaults, saved settings and the link first, then builds the simulation once. */
class HostStartupTest {
    private final List<String> notices = new ArrayList<>();

    /** A launcher given {@code link}, with {@code saved} in its settings storage. */
    private static PlatformServices platform(String link, String saved, SettingsPersistence persistence) {
        return new PlatformServices() {
            @Override
            public Map<String, String> startupParameters(NoticeSink notices) {
                return QueryString.parse(link, new ArrayList<>());
            }

            @Override
            public SettingsPersistence settingsPersistence() {
                return persistence;
            }

            @Override
            public SettingsStorage settingsStorage() {
                return new SavedText(saved);
            }
        };
    }

    @Test
    void aLinkBuildsTheSimulationOnce() {
        SimulationHost host = new HostStartup(TestCatalog.get(),
                platform("model=llama-70b&gpu=mi300x&batch=4&context=1000000&tokens=5000&paused=1", null,
                        SettingsPersistence.SAVED),
                notices::add).host();
        assertEquals(1L, host.simulation().builds(), "built with the link's scenario, not rebuilt after");
        SimSettings s = host.simulation().settings();
        assertEquals("llama-3.1-70b", s.modelId());
        assertEquals("mi300x", s.deviceId());
        assertEquals(4, s.batch());
        assertEquals(1_000_000L, s.contextTokens());
        assertEquals(5_000L, host.simulation().longestTokens(), "the link's tokens");
        assertFalse(host.isPlaying(), "the link's paused=1");
        assertEquals(List.of(), notices);
    }

    @Test
    void savedSettingsThenTheLinkBuildOnceAndSayWhatTheyCorrected() {
        SimulationHost host = new HostStartup(TestCatalog.get(),
                platform("batch=999", "model=llama-70b&batch=2&gpu=nonsense", SettingsPersistence.SAVED),
                notices::add).host();
        assertEquals(1L, host.simulation().builds());
        SimSettings s = host.simulation().settings();
        assertEquals("llama-3.1-70b", s.modelId(), "from the saved settings");
        assertEquals("h100", s.deviceId(), "the saved device is unknown: the default kept");
        assertEquals(32, s.batch(), "the link's batch, clamped");
        assertTrue(host.isPlaying());
        assertEquals(2, notices.size(), notices.toString());
        assertTrue(notices.get(0).startsWith("saved settings: unknown device"), notices.toString());
        assertTrue(notices.get(1).contains("clamped to 32"), notices.toString());
    }

    @Test
    void aScriptedRunIgnoresTheSavedSettings() {
        SimulationHost host = new HostStartup(TestCatalog.get(),
                platform("batch=2", "model=llama-70b", SettingsPersistence.NONE), notices::add).host();
        assertEquals(1L, host.simulation().builds());
        assertEquals("llama-3.1-8b", host.simulation().settings().modelId(), "the saved model is not read");
        assertEquals(2, host.simulation().settings().batch());
        assertTrue(host.isPlaying());
    }

    /** Settings storage holding one saved text; writes are kept in memory. */
    private static final class SavedText implements SettingsStorage {
        private String text;

        SavedText(String text) {
            this.text = text;
        }

        @Override
        public String location() {
            return "memory";
        }

        @Override
        public String read() {
            return text;
        }

        @Override
        public String keepAside(String suffix) {
            return "memory" + suffix;
        }

        @Override
        public void write(String newText) {
            text = newText;
        }

        @Override
        public int[] now() {
            return new int[] {2026, 1, 1, 0, 0, 0};
        }
    }
}
