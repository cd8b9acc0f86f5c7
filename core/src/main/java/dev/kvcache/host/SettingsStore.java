package dev.kvcache.host;

import dev.kvcache.scenario.QueryString;
import dev.kvcache.scenario.ScenarioParams;
import dev.kvcache.scenario.ShortText;
import dev.kvcache.sim.SimSettings;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

/**
 * Keeps the scenario between runs in the platform's {@link SettingsStorage}, stored as the link's
 * query string so old or hand-edited values go through the same parser as links. What cannot be
 * read is never overwritten: it is kept aside under a timestamped name, the user is told where, and
 * the app starts from the defaults. Writes happen when the link changes, not every frame.
 */
public final class SettingsStore {
    /** The store's name: the desktop file and the browser's local-storage key derive from it. */
    public static final String NAME = "dev.kvcache.settings";
    /** The entry inside the store that holds the link. */
    public static final String KEY = "scenario";

    private final NoticeSink notices;
    private SettingsStorage storage;
    private SimSettings savedSettings;
    private String savedLink;
    private boolean writeFailureShown;

    private SettingsStore(SettingsStorage storage, NoticeSink notices) {
        this.storage = storage;
        this.notices = notices;
    }

    /** A store that neither reads nor writes anything, for scripted runs. */
    public static SettingsStore none() {
        return new SettingsStore(null, null);
    }

    /** A store over {@code storage} (none when null) that reports to {@code notices}. */
    public static SettingsStore of(SettingsStorage storage, NoticeSink notices) {
        return new SettingsStore(storage, notices);
    }

    /** ".unreadable-20261201-230501": the suffix an unreadable store is kept aside with. */
    public static String asideSuffix(int[] now) {
        StringBuilder b = new StringBuilder(".unreadable-");
        for (int i = 0; i < 6; i++) {
            if (i == 3) {
                b.append('-');
            }
            int width = i == 0 ? 4 : 2;
            String digits = Integer.toString(now[i]);
            for (int pad = digits.length(); pad < width; pad++) {
                b.append('0');
            }
            b.append(digits);
        }
        return b.toString();
    }

    /** The saved scenario by name; empty when nothing is saved or it could not be read (then kept aside). */
    public Map<String, String> load() {
        if (storage == null) {
            return Collections.emptyMap();
        }
        String text;
        try {
            text = storage.read();
        } catch (UnreadableSettingsException e) {
            keepAside(e.getMessage());
            return Collections.emptyMap();
        } catch (RuntimeException e) {
            notices.notice("saved settings unavailable (" + e.getMessage() + "); starting from defaults, changes are not saved");
            storage = null;
            return Collections.emptyMap();
        }
        if (text == null) {
            return Collections.emptyMap();
        }
        List<String> problems = new ArrayList<String>();
        Map<String, String> params = QueryString.parse(text, problems);
        if (!problems.isEmpty()) {
            // This app writes valid escapes only: bad ones mean the store was damaged or edited.
            keepAside(problems.get(0));
            return Collections.emptyMap();
        }
        savedLink = text;
        return params;
    }

    private void keepAside(String reason) {
        String location = storage.location();
        try {
            String aside = storage.keepAside(asideSuffix(storage.now()));
            notices.notice("saved settings " + location + " could not be read (" + ShortText.of(reason) + "); kept as "
                    + aside + ", starting from defaults");
        } catch (RuntimeException e) {
            notices.notice("saved settings " + location + " could not be read (" + ShortText.of(reason)
                    + ") nor kept aside (" + e.getMessage() + "); starting from defaults, changes are not saved");
            storage = null; // never overwrite what could be the user's only copy
        }
    }

    /** Writes {@code settings} when their link differs from the one last read or written. */
    public void saveIfChanged(SimSettings settings) {
        if (storage == null || settings == savedSettings) {
            return;
        }
        savedSettings = settings;
        String link = ScenarioParams.format(settings, 0, false);
        if (link.equals(savedLink)) {
            return;
        }
        try {
            storage.write(link);
            savedLink = link;
        } catch (RuntimeException e) {
            if (!writeFailureShown) {
                writeFailureShown = true;
                notices.notice("could not save settings to " + storage.location() + ": " + e.getMessage());
            }
        }
    }
}
