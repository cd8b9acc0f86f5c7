package dev.kvcache.render;

/** How the FlashAttention banner fits the window: the large block, one line, or not at all. */
public enum BannerForm {
    /** The large block at the top centre, over the header band or above the scene. */
    FULL,
    /** One line in a strip above the scene (phones, and wide windows too short for the block). */
    COMPACT,
    /** No room without covering the die: the legend and the info panel still say it. */
    NONE
}
