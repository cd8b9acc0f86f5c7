package dev.kvcache.desktop;

import dev.kvcache.host.SettingsStorage;
import dev.kvcache.host.SettingsStore;
import dev.kvcache.host.UnreadableSettingsException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Properties;

/**
 * The desktop's saved settings: the Java properties XML file libGDX's Preferences wrote
 * (~/.prefs/dev.kvcache.settings), read and written here instead so that a file that cannot be read
 * is reported and kept aside; libGDX silently started empty and overwrote it.
 */
final class SettingsFile implements SettingsStorage {
    private final Path file;
    private final Clock clock;

    SettingsFile(Path file, Clock clock) {
        this.file = file;
        this.clock = clock;
    }

    /** Where libGDX's Preferences kept the settings, so earlier saves are still found. */
    static SettingsFile inHome() {
        return new SettingsFile(Paths.get(System.getProperty("user.home"), ".prefs", SettingsStore.NAME),
                Clock.systemDefaultZone());
    }

    @Override
    public String location() {
        return file.toString();
    }

    @Override
    public String read() {
        if (!Files.exists(file)) {
            return null;
        }
        Properties properties = new Properties();
        try (InputStream in = Files.newInputStream(file)) {
            properties.loadFromXML(in);
        } catch (IOException | RuntimeException e) {
            // Malformed XML, a directory, no permission: all mean "this is not settings we can use".
            throw new UnreadableSettingsException(e.getClass().getSimpleName() + ": " + e.getMessage());
        }
        return properties.getProperty(SettingsStore.KEY);
    }

    @Override
    public String keepAside(String suffix) {
        for (int attempt = 0; attempt < 100; attempt++) {
            Path aside = file.resolveSibling(file.getFileName() + suffix + (attempt == 0 ? "" : "-" + attempt));
            try {
                Files.move(file, aside);
                return aside.getFileName().toString();
            } catch (FileAlreadyExistsException e) {
                continue; // kept aside twice within a second: number the next one
            } catch (IOException e) {
                throw new IllegalStateException(e.getClass().getSimpleName() + ": " + e.getMessage(), e);
            }
        }
        throw new IllegalStateException("too many files named " + file.getFileName() + suffix);
    }

    @Override
    public void write(String text) {
        Properties properties = new Properties();
        properties.setProperty(SettingsStore.KEY, text);
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            // Written next to the file and moved over it, so a crash never leaves half a file.
            Path temporary = file.resolveSibling(file.getFileName() + ".tmp");
            try (OutputStream out = Files.newOutputStream(temporary)) {
                properties.storeToXML(out, null);
            }
            try {
                Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new IllegalStateException(e.getClass().getSimpleName() + ": " + e.getMessage(), e);
        }
    }

    @Override
    public int[] now() {
        LocalDateTime t = LocalDateTime.now(clock);
        return new int[] {t.getYear(), t.getMonthValue(), t.getDayOfMonth(), t.getHour(), t.getMinute(), t.getSecond()};
    }
}
