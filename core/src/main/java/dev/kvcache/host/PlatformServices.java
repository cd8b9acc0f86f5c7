package dev.kvcache.host;

import dev.kvcache.input.PointerKind;
import java.util.Collections;
import java.util.Map;

/**
 * The services of the desktop or the browser that the host and the controls use: the startup
 * scenario, saved settings, screenshots, fullscreen and links. Drawing needs more; see the app's
 * {@code Platform}.
 */
public interface PlatformServices extends PointerKind {
    /**
     * The scenario the launcher was given: the URL query or the desktop options, by name. What
     * could not be read at all (an escape that is not UTF-8) goes to {@code notices}.
     */
    default Map<String, String> startupParameters(NoticeSink notices) {
        return Collections.emptyMap();
    }

    /** Interactive runs use the saved settings; scripted runs leave the user's settings alone. */
    default SettingsPersistence settingsPersistence() {
        return SettingsPersistence.SAVED;
    }

    /** Where interactive runs keep the scenario between runs; null where nothing can be kept. */
    default SettingsStorage settingsStorage() {
        return null;
    }

    /** Saves the next drawn frame as an image; returns the notice to show. */
    default String saveScreenshot() {
        return "screenshots are not available here";
    }

    /** Switches between fullscreen and a window; returns the notice to show. */
    default String toggleFullscreen() {
        return "fullscreen: use the browser's own (F11)";
    }

    /** Publishes {@code query} as a link (clipboard, address bar); returns the notice to show. */
    default String shareLink(String query) {
        return "link: ?" + query;
    }

    /** True when the last pointer press came from a mouse that a touch gesture should not mistake for a tap. */
    @Override
    default boolean lastPointerWasMouse() {
        return false;
    }
}
