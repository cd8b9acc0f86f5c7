/**
 * The time model: how long an engine step takes on the hardware (memory bandwidth, compute peak,
 * collectives over the scale-up link, a fixed overhead), what serving then costs per request, per
 * token and per hour, and the serving clock's timer for the simulation.
 *
 * <p>Plain Java above the memory engine (it reads the same footprints) and below the data readers;
 * no LibGDX, GWT-safe.
 */
package dev.kvcache.timing;
