package dev.kvcache.host;

/**
 * Whether the app may stop drawing while nothing moves: always, except in runs that wait for a
 * frame count (a screenshot after N frames, a benchmark), which must keep drawing to reach it.
 */
public enum Idling {
    ALLOWED,
    NEVER
}
