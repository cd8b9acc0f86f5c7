package dev.kvcache.host;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.kvcache.TestCatalog;
import dev.kvcache.scenario.ScenarioParams;
import dev.kvcache.scenario.StartupScenario;
import dev.kvcache.sim.SimSettings;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Saved settings: unreadable ones are kept aside and reported, never overwritten; writes only on change. */
class SettingsStoreTest {
    private final SimSettings defaults = StartupScenario.defaults(TestCatalog.get());
    private final List<String> notices = new ArrayList<>();

    /** Storage in memory that records what was asked of it. */
    private static class MemoryStorage implements SettingsStorage {
        String stored;
        RuntimeException readFailure;
        final List<String> calls = new ArrayList<>();

        @Override
        public String location() {
            return "memory";
        }

        @Override
        public String read() {
            if (readFailure != null) {
                throw readFailure;
            }
            return stored;
        }

        @Override
        public String keepAside(String suffix) {
            calls.add("aside " + suffix);
            return "memory" + suffix;
        }

        @Override
        public void write(String text) {
            calls.add("write " + text);
            stored = text;
        }

        @Override
        public int[] now() {
            return new int[] {2026, 12, 1, 23, 5, 1};
        }
    }

    @Test
    void theAsideNameCarriesADateAndTime() {
        assertEquals(".unreadable-20261201-230501", SettingsStore.asideSuffix(new int[] {2026, 12, 1, 23, 5, 1}));
        assertEquals(".unreadable-00991109-000000", SettingsStore.asideSuffix(new int[] {99, 11, 9, 0, 0, 0}));
    }

    @Test
    void aStoreThatCannotBeReadIsKeptAsideAndReportedAndNotOverwritten() {
        MemoryStorage storage = new MemoryStorage();
        storage.readFailure = new UnreadableSettingsException("not XML");
        SettingsStore store = SettingsStore.of(storage, notices::add);
        assertEquals(Map.of(), store.load());
        assertEquals(List.of("aside .unreadable-20261201-230501"), storage.calls);
        assertEquals(List.of("saved settings memory could not be read (not XML); kept as"
                + " memory.unreadable-20261201-230501, starting from defaults"), notices);
    }

    @Test
    void damagedEscapesInTheSavedLinkAreUnreadableToo() {
        MemoryStorage storage = new MemoryStorage();
        storage.stored = "model=%FF";
        assertEquals(Map.of(), SettingsStore.of(storage, notices::add).load());
        assertEquals(List.of("aside .unreadable-20261201-230501"), storage.calls);
        assertEquals(1, notices.size(), notices.toString());
    }

    @Test
    void aStoreThatCanNeitherBeReadNorKeptAsideIsNeverWritten() {
        MemoryStorage storage = new MemoryStorage() {
            @Override
            public String keepAside(String suffix) {
                throw new IllegalStateException("read-only");
            }
        };
        storage.readFailure = new UnreadableSettingsException("garbage");
        SettingsStore store = SettingsStore.of(storage, notices::add);
        store.load();
        store.saveIfChanged(defaults);
        assertEquals(List.of(), storage.calls);
        assertEquals(List.of("saved settings memory could not be read (garbage) nor kept aside (read-only);"
                + " starting from defaults, changes are not saved"), notices);
    }

    @Test
    void settingsAreWrittenWhenTheirLinkChangesNotEveryFrame() {
        MemoryStorage storage = new MemoryStorage();
        storage.stored = ScenarioParams.format(defaults, 0, false);
        SettingsStore store = SettingsStore.of(storage, notices::add);
        assertEquals("llama-3.1-8b", store.load().get("model"));
        for (int frame = 0; frame < 100; frame++) {
            store.saveIfChanged(defaults);
            store.saveIfChanged(defaults.toBuilder().build()); // equal settings in a new object
        }
        assertEquals(List.of(), storage.calls, "what was read is not written back");
        SimSettings bigger = defaults.toBuilder().batch(16).build();
        store.saveIfChanged(bigger);
        store.saveIfChanged(bigger);
        assertEquals(List.of("write " + ScenarioParams.format(bigger, 0, false)), storage.calls);
        assertEquals(List.of(), notices);
    }

    @Test
    void nothingSavedMeansDefaultsWithoutANotice() {
        assertEquals(Map.of(), SettingsStore.of(new MemoryStorage(), notices::add).load());
        assertEquals(Map.of(), SettingsStore.of(null, notices::add).load());
        assertEquals(List.of(), notices);
    }
}
