package dev.kvcache.html.client;

import dev.kvcache.host.SettingsStorage;
import dev.kvcache.host.SettingsStore;
import java.util.Date;

/**
 * The browser's saved settings in local storage, under the key libGDX's Preferences used, so
 * earlier saves are still found. A value that cannot be read is kept under a timestamped key
 * outside the Preferences prefix (an older build's flush would delete it otherwise).
 */
final class BrowserSettings implements SettingsStorage {
    /** Preferences' key: name, ':', entry, and 's' for a string value. */
    private static final String KEY = SettingsStore.NAME + ":" + SettingsStore.KEY + "s";

    @Override
    public String location() {
        return "local storage '" + KEY + "'";
    }

    @Override
    public String read() {
        return getItem(KEY);
    }

    @Override
    public String keepAside(String suffix) {
        String value = getItem(KEY);
        for (int attempt = 0; attempt < 100; attempt++) {
            String aside = SettingsStore.NAME + suffix + (attempt == 0 ? "" : "-" + attempt);
            if (getItem(aside) == null) {
                setItem(aside, value == null ? "" : value);
                removeItem(KEY);
                return "'" + aside + "'";
            }
        }
        throw new IllegalStateException("too many keys named " + SettingsStore.NAME + suffix);
    }

    @Override
    public void write(String text) {
        setItem(KEY, text);
    }

    @SuppressWarnings("deprecation") // GWT's Date has no java.time; these getters are what it offers
    @Override
    public int[] now() {
        Date d = new Date();
        return new int[] {d.getYear() + 1900, d.getMonth() + 1, d.getDate(), d.getHours(), d.getMinutes(), d.getSeconds()};
    }

    /** Throws (a JavaScriptException) when the page may not use local storage. */
    private static native String getItem(String key) /*-{
        return $wnd.localStorage.getItem(key);
    }-*/;

    private static native void setItem(String key, String value) /*-{
        $wnd.localStorage.setItem(key, value);
    }-*/;

    private static native void removeItem(String key) /*-{
        $wnd.localStorage.removeItem(key);
    }-*/;
}
