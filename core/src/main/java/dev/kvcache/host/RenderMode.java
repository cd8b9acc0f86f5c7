package dev.kvcache.host;

/**
 * How the app draws: every frame the display offers (while anything moves), or only when something
 * changes (an input, a resize, a command, a notice or factoid turning over), which costs nothing
 * while the scene stands still.
 */
public enum RenderMode {
    CONTINUOUS,
    ON_CHANGE
}
