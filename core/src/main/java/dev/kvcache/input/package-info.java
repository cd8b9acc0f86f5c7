/**
 * Keyboard, mouse and touch turned into {@link dev.kvcache.input.Action}s through one bindings table:
 * keys and gestures produce the same actions, which the host applies at a tick boundary.
 *
 * <p>The only package that reads {@code Gdx.input}; it knows nothing of the simulation or the views.
 */
package dev.kvcache.input;
