/** The desktop launcher (LWJGL3): window options, saved settings on disk, screenshots and fullscreen. */
package dev.kvcache.desktop;
