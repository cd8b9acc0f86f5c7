package dev.kvcache.desktop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kvcache.host.SettingsStore;
import dev.kvcache.sim.SimSettings;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The desktop's settings file: an unreadable one is renamed with a timestamp and reported, never overwritten. */
class SettingsFileTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-01T23:05:01Z"), ZoneOffset.UTC);

    @TempDir
    Path home;

    private final List<String> notices = new ArrayList<>();

    private Path file() {
        return home.resolve(".prefs").resolve(SettingsStore.NAME);
    }

    private SettingsStore store() {
        return SettingsStore.of(new SettingsFile(file(), CLOCK), notices::add);
    }

    @Test
    void anUnreadableFileIsKeptAsideWithATimestampAndTheUserIsTold() throws IOException {
        Files.createDirectories(file().getParent());
        Files.writeString(file(), "<?xml garbage", StandardCharsets.UTF_8);
        SettingsStore store = store();
        assertEquals(Map.of(), store.load(), "defaults");
        Path aside = file().resolveSibling(SettingsStore.NAME + ".unreadable-20261201-230501");
        assertEquals("<?xml garbage", Files.readString(aside), "the user's bytes are kept");
        assertFalse(Files.exists(file()));
        assertEquals(1, notices.size(), notices.toString());
        assertTrue(notices.get(0).startsWith("saved settings " + file() + " could not be read ("), notices.get(0));
        assertTrue(notices.get(0).endsWith("kept as dev.kvcache.settings.unreadable-20261201-230501, starting from defaults"),
                notices.get(0));

        store.saveIfChanged(SimSettings.builder().build());
        assertEquals("<?xml garbage", Files.readString(aside), "a later save does not touch the kept file");
        assertTrue(Files.readString(file()).contains("model=llama-3.1-8b"));
    }

    @Test
    void aSecondUnreadableFileInTheSameSecondGetsItsOwnName() throws IOException {
        Files.createDirectories(file().getParent());
        Files.writeString(file(), "one");
        store().load();
        Files.writeString(file(), "two");
        store().load();
        assertEquals("two", Files.readString(file().resolveSibling(SettingsStore.NAME + ".unreadable-20261201-230501-1")));
        assertTrue(notices.get(1).contains("kept as dev.kvcache.settings.unreadable-20261201-230501-1"), notices.get(1));
    }

    @Test
    void whatIsWrittenIsReadBackAsThePreferencesFormat() {
        SimSettings settings = SimSettings.builder().batch(16).build();
        store().saveIfChanged(settings);
        Map<String, String> back = store().load();
        assertEquals("16", back.get("batch"));
        assertEquals(List.of(), notices);
        assertFalse(Files.exists(file().resolveSibling(SettingsStore.NAME + ".tmp")), "no temporary file left");
    }

    @Test
    void libGdxPreferencesFilesFromEarlierRunsAreRead() throws IOException {
        Files.createDirectories(file().getParent());
        Files.writeString(file(), "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"no\"?>\n"
                + "<!DOCTYPE properties SYSTEM \"http://java.sun.com/dtd/properties.dtd\">\n"
                + "<properties>\n<entry key=\"scenario\">model=llama-3.1-70b&amp;batch=4</entry>\n</properties>\n");
        Map<String, String> saved = store().load();
        assertEquals("llama-3.1-70b", saved.get("model"));
        assertEquals("4", saved.get("batch"));
        assertEquals(List.of(), notices);
    }

    @Test
    void noFileMeansDefaultsWithoutANotice() {
        assertEquals(Map.of(), store().load());
        assertEquals(List.of(), notices);
    }
}
