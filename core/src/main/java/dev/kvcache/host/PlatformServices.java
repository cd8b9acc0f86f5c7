package dev.kvcache.host;

import dev.kvcache.input.PointerKind;
import java.util.Collections;
import java.util.Map;

/**
 * The services of the desktop or the browser that the host and the controls use: the startup
 * scenario, saved settings, screenshots, fullscreen, links (shared and opened), the system's motion
 * preference and what screen readers are told. Drawing needs more; see the app's {@code Platform}.
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

    /**
     * Opens {@code url} (an https address, a paper's) in the system's browser and says what happened
     * through {@code notices}: at once, or later on the render thread when the browser fails after
     * starting.
     */
    default void openLink(String url, NoticeSink notices) {
        notices.notice("no browser to open " + url);
    }

    /** The motion the system asks for (the browser's prefers-reduced-motion); read every frame. */
    default Motion systemMotion() {
        return Motion.FULL;
    }

    /** The native text box for touch screens' keyboards; {@link TextEntry#NONE} where keys reach the app. */
    default TextEntry textEntry() {
        return TextEntry.NONE;
    }

    /** Tells screen readers what the scene shows (the page's live region); called only when the text changes. */
    default void announce(String text) {
        // Nothing reads it where there is no live region.
    }

    /** True when the last pointer press came from a mouse that a touch gesture should not mistake for a tap. */
    @Override
    default boolean lastPointerWasMouse() {
        return false;
    }
}
