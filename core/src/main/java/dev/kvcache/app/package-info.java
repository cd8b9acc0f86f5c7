/**
 * The composition root: the LibGDX application that loads the assets, creates the host, the views and
 * the controls, and runs the frame loop (ticks first, then one drawing pass over the layers); and the
 * {@link dev.kvcache.app.Platform} each launcher supplies.
 */
package dev.kvcache.app;
