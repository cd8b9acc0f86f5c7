package dev.kvcache.render;

/** How precisely the device's main pointer hits: a mouse, or a finger on a touch screen. */
public enum PointerPrecision {
    /** A mouse or trackpad: the wide layout's buttons may be click-sized. */
    FINE,
    /** A finger (phones, tablets, touch screens): every button is fingertip-sized. */
    COARSE
}
