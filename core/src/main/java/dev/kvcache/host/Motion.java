package dev.kvcache.host;

/**
 * How much the scene moves: everything, or (reduced, for people whom motion troubles) no
 * background waves, particles or pulses. The simulation runs the same either way.
 */
public enum Motion {
    FULL,
    REDUCED
}
