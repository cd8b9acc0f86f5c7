package dev.kvcache.render;

/** The drawing layers, ordered from bottom to top. */
public enum Layer {
    /** The window's vertical gradient, cleared band by band (see {@link BackgroundClear}). */
    BACKGROUND(Pass.CLEAR),
    /** Waves, attention diagonal, memory modules and banks, particles, the die (or what failed to load). */
    SCENE(Pass.SPRITE_BATCH),
    /** The memory line and legend under the scene. */
    CAPTION(Pass.SPRITE_BATCH),
    /** The red edges of memory pressure: over the scene, under the panels' text. */
    VIGNETTE(Pass.SPRITE_BATCH),
    /** Warnings, info, performance, formula, papers and the memory budget on the left; the serving band under the scene. */
    PANELS(Pass.SPRITE_BATCH),
    /** Title, scenario summary and frame counter. */
    HEADER(Pass.SPRITE_BATCH),
    /** The rotating factoid at the bottom. */
    FACTOIDS(Pass.SPRITE_BATCH),
    /** FlashAttention's "memory saved" banner, over the top of the scene. */
    BANNER(Pass.SPRITE_BATCH),
    /** The Scene2D stage: controls, notices and overlays, above everything else. */
    CONTROLS(Pass.STAGE);

    /** What draws a layer: GL clears outside any batch, the frame's one SpriteBatch pass, or the Scene2D stage. */
    public enum Pass {
        CLEAR, SPRITE_BATCH, STAGE
    }

    private final Pass pass;

    Layer(Pass pass) {
        this.pass = pass;
    }

    public Pass pass() {
        return pass;
    }
}
