package dev.kvcache.memory;

/** How much of the formula to write: all of it, or the counting without the prefix-caching story. */
public enum FormulaForm {
    /** Every sentence: what report prints, and the panel where it has the room. */
    WHOLE,
    /**
     * The prefix-caching paragraph left out: it explains how a shared prompt is kept (four
     * sentences) rather than counting bytes, and at 1600x1000 it pushed the whole formula out of
     * the side column. The KV trade-off warnings stay: nothing else on screen says what eviction
     * or 2-bit KV costs in accuracy.
     */
    COUNTING
}
