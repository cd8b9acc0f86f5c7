package dev.kvcache.host;

/**
 * Where a platform keeps the saved scenario text between runs: a file on the desktop, local
 * storage in the browser. {@link SettingsStore} decides what is read, written and kept aside.
 */
public interface SettingsStorage {
    /** Where the settings live, as the user would look for them (a path, a storage key). */
    String location();

    /**
     * The saved text, or null when nothing is saved.
     *
     * @throws UnreadableSettingsException when something is stored but cannot be read (kept aside)
     * @throws RuntimeException when the storage itself cannot be used (nothing is kept or saved)
     */
    String read();

    /** Moves what is stored out of the way under a name ending in {@code suffix}; returns that name. */
    String keepAside(String suffix);

    /** Replaces what is stored with {@code text}; throws a RuntimeException saying why when it cannot. */
    void write(String text);

    /** The local date and time now as {year, month, day, hour, minute, second}, for the kept-aside name. */
    int[] now();
}
