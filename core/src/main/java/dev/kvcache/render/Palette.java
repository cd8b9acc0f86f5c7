package dev.kvcache.render;

import com.badlogic.gdx.graphics.Color;

/** The scene's colours in one place, so every view agrees on what purple or grey means. */
public final class Palette {
    public static final Color BACKGROUND_TOP = rgb(0x0b0f1e);
    public static final Color BACKGROUND_BOTTOM = rgb(0x05060c);
    public static final Color DIE_DARK = rgb(0x1c2230);
    public static final Color DIE_LIGHT = rgb(0x4a5468);
    public static final Color DIE_EDGE = rgb(0x8c96aa);
    public static final Color MODULE_BODY = rgb(0x141a28);
    public static final Color MODULE_EDGE = rgb(0x3a4660);
    /** On-chip SRAM accelerators (Groq, Cerebras, Graphcore): memory and compute on one warm copper die. */
    public static final Color SRAM_DIE_DARK = rgb(0x2a1d14);
    public static final Color SRAM_DIE_LIGHT = rgb(0x6b4a2e);
    public static final Color SRAM_DIE_EDGE = rgb(0xc8955a);
    public static final Color SRAM_MODULE_BODY = rgb(0x1e1812);
    public static final Color SRAM_MODULE_EDGE = rgb(0x6e5234);
    public static final Color BANK_FREE = rgb(0x2e3442);
    public static final Color WEIGHTS = rgb(0x8e44ad);
    /** Speculative decoding's draft model: a pale violet, kin to the weights' purple, unlike any sequence colour. */
    public static final Color DRAFT = rgb(0xd98cff);
    /**
     * A shared prefix's blocks, held once for every sequence using it (prefix caching): white, with dark
     * dots for its users; farther in OKLab from every sequence colour than the workspace's steel is.
     */
    public static final Color SHARED = rgb(0xffffff);
    /** Cached prefix blocks no sequence uses (evictable): a muted brown, unlike free grey or any sequence. */
    public static final Color EVICTABLE = rgb(0x6e5a3a);
    /** Attention workspace: light steel, unlike any sequence colour. */
    public static final Color WORKSPACE = rgb(0xc5ccd6);
    /** Memory FlashAttention saves: a red outline round the banks, which keep their own colour. */
    public static final Color GHOST = rgb(0xff3b3b);
    /** KV blocks offloaded to host memory (the strip under the die, the blocks on its link): orange, unlike any sequence's. */
    public static final Color HOST = rgb(0xff922b);
    /** The dark seam between owners in a bank, and the hollow centre of reserved-but-unused memory. */
    public static final Color SEAM = rgb(0x0b0e16);
    public static final Color TEXT = rgb(0xe8ecf4);
    public static final Color TEXT_DIM = rgb(0x9aa4b8);
    public static final Color ACCENT = rgb(0x4fc3f7);

    private Palette() {
    }

    /** A fully opaque colour from 0xRRGGBB. */
    public static Color rgb(int rgb) {
        return new Color(((rgb >> 16) & 0xff) / 255f, ((rgb >> 8) & 0xff) / 255f, (rgb & 0xff) / 255f, 1f);
    }
}
