package dev.kvcache.app;

import dev.kvcache.input.PointerKind;
import dev.kvcache.ui.FontSource;
import java.util.Collections;
import java.util.Map;

/** What differs between the desktop and the browser, supplied by each launcher. */
public interface Platform extends PointerKind {
    /** FreeType on the desktop, baked bitmap fonts in the browser. */
    FontSource createFontSource();

    /** Called after each frame is on screen (screenshots, the browser's frame counter). */
    void frameDrawn(KvCacheApp app);

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
