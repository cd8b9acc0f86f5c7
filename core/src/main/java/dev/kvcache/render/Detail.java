package dev.kvcache.render;

/** How much decoration a layout can afford: phones get fewer particles and no diagonal label. */
public enum Detail {
    FULL,
    SIMPLE
}
