/**
 * The memory engine: bytes per token, weights, sliding windows, MLA and linear-attention state, the
 * FlashAttention workspace, vLLM's KV pool, training memory, and the layout an engine would choose
 * over N GPUs ({@link dev.kvcache.memory.LayoutPlan}), which decides every per-GPU share and the GPUs
 * a scenario needs.
 *
 * <p>Plain, deterministic Java above the catalog and the simulation's interfaces: it decides, the
 * simulation counts.
 */
package dev.kvcache.memory;
