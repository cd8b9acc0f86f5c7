/**
 * Panels and controls: the info, formula, budget and warning panels, the control panel, the model
 * picker, notices, help and console overlays, laid out in a Scene2D stage; they read the host and send
 * actions.
 */
package dev.kvcache.ui;
