package dev.kvcache.memory;

/** How much of the formula to write: all of it, its counting without the explaining, or none (the panel's live part only). */
public enum FormulaForm {
    /** Every sentence: what report prints, and the panel where it has the room. */
    WHOLE,
    /**
     * The explaining left out, so the formula fits the side column where the whole one does not
     * (at 1600x1000 Gemma-3-27B with prefix caching, or Llama-4-Scout with eviction, showed no
     * formula at all, and so did Llama-3.1-70B with KV offload): the prefix-caching paragraph (how a
     * shared prompt is kept), what the eviction and KIVI papers report, and in the live offload
     * sentence whose technique it is and how recompute is priced. Each KV trade-off keeps its
     * warning that it costs accuracy: nothing else on screen says so.
     */
    COUNTING,
    /**
     * No static formula: the panel keeps only its live paragraph, the KV held now and what a decode
     * step of it reads and takes. At 1280x720 neither form above fits the side column, and that
     * paragraph is the one the time model's figures are explained in.
     */
    NOW
}
