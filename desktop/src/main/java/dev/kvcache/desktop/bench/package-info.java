/** The benchmarks the jar runs ({@code bench-sim}, {@code bench-render}), each printing one JSON object. */
package dev.kvcache.desktop.bench;
