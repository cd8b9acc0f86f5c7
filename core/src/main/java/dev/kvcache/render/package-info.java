/**
 * Draws the scene from read-only state: the die, the memory modules and their banks, the attention
 * diagonal, particles and waves, with flat fills and text through one SpriteBatch; also the fonts
 * (FreeType on the desktop, baked in the browser) and the screen layout.
 */
package dev.kvcache.render;
