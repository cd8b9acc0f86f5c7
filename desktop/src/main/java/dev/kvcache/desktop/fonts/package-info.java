/**
 * The atlas baker, a build step for both launchers: renders the TTF faces with FreeType, turns each
 * glyph into a signed distance field and packs both faces and a white block into the one texture
 * page the app draws everything from.
 */
package dev.kvcache.desktop.fonts;
