/**
 * Owns the running scenario: the fixed-step clock, the simulation host that applies every change at a
 * tick boundary, the action handler and console, saved settings, the state JSON, and the services a
 * platform provides. Render and UI read its state through {@link dev.kvcache.host.HostView} and send
 * actions to its {@link dev.kvcache.host.CommandQueue}; they never own state.
 *
 * <p>Plain Java (no LibGDX), so tests drive the app's real clock and host without a backend.
 */
package dev.kvcache.host;
