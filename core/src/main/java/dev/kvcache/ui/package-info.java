/**
 * Panels and controls: the info, formula, budget and warning panels, the control panel, the model
 * picker, notices, help and console overlays, each a widget of the controls' Scene2D stage. They read
 * the host through {@code HostView} and send actions to its {@code CommandQueue}; app/ builds and
 * wires them.
 */
package dev.kvcache.ui;
