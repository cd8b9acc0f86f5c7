/**
 * The tick-based serving simulation: sequences, batch scheduler, KV block allocators and events.
 *
 * <p>Plain deterministic Java: no LibGDX, no rendering, GWT-safe (Java 11 syntax, no threads, no
 * reflection, no string formatting or regular expressions). State is kept in {@code long} ticks,
 * tokens, blocks and bytes; the view reads it through read-only interfaces and drains
 * {@link dev.kvcache.sim.SimEventQueue}.
 */
package dev.kvcache.sim;
