/**
 * Draws the scene from read-only state: the die, the memory modules and their banks, the attention
 * diagonal, particles and waves, with flat fills and text through one SpriteBatch and one texture
 * (the {@link dev.kvcache.render.UiAtlas}); also the distance-field fonts and the screen layout.
 */
package dev.kvcache.render;
