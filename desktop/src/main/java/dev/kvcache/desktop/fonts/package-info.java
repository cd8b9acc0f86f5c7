/** The font baker: makes the browser's bitmap fonts from the same TTF files and settings as the desktop's FreeType fonts. */
package dev.kvcache.desktop.fonts;
