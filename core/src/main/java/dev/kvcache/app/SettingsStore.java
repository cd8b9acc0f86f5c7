package dev.kvcache.app;

import com.badlogic.gdx.Gdx;
import com.badlogic.gdx.Preferences;
import dev.kvcache.scenario.QueryString;
import dev.kvcache.scenario.ScenarioParams;
import dev.kvcache.sim.SimSettings;
import java.util.Collections;
import java.util.Map;

/**
 * Keeps the scenario between runs in libGDX Preferences (a file under ~/.prefs on the desktop,
 * local storage in the browser), stored as the link's query string so old or hand-edited values go
 * through the same forgiving parser. A store that cannot be read or written is reported, never fatal.
 */
public final class SettingsStore {
    static final String PREFERENCES = "dev.kvcache.settings";
    static final String KEY = "scenario";

    private final Preferences preferences;
    private SimSettings saved;

    private SettingsStore(Preferences preferences) {
        this.preferences = preferences;
    }

    /** A store that neither reads nor writes anything, for scripted runs. */
    public static SettingsStore none() {
        return new SettingsStore(null);
    }

    public static SettingsStore open(NoticeSink notices) {
        try {
            return new SettingsStore(Gdx.app.getPreferences(PREFERENCES));
        } catch (RuntimeException e) {
            notices.notice("saved settings unavailable: " + e.getMessage());
            return new SettingsStore(null);
        }
    }

    /** The saved scenario by name; empty when nothing is saved or the store is unreadable. */
    public Map<String, String> load(NoticeSink notices) {
        if (preferences == null) {
            return Collections.emptyMap();
        }
        try {
            return QueryString.parse(preferences.getString(KEY, ""));
        } catch (RuntimeException e) {
            notices.notice("saved settings unreadable, using defaults: " + e.getMessage());
            return Collections.emptyMap();
        }
    }

    /** Writes {@code settings} when they differ from what was last written. */
    public void saveIfChanged(SimSettings settings) {
        if (preferences == null || settings == saved) {
            return;
        }
        saved = settings;
        try {
            preferences.putString(KEY, ScenarioParams.format(settings, 0, false));
            preferences.flush();
        } catch (RuntimeException e) {
            Gdx.app.error("kvcache", "could not save settings: " + e.getMessage());
        }
    }
}
