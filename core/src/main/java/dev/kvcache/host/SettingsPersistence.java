package dev.kvcache.host;

/** Whether a run reads and writes the user's saved settings. */
public enum SettingsPersistence {
    /** An interactive session: start from the saved scenario and save changes. */
    SAVED,
    /** A scripted run (screenshots, benchmarks, tests): neither read nor overwrite the user's settings. */
    NONE
}
