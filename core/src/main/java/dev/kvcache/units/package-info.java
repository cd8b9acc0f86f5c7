/**
 * Quantities of bytes, tokens and counts: saturating arithmetic for sizes past 64 bits and
 * {@link dev.kvcache.units.Quantities}, the one place that writes a quantity as text (so a context
 * reads the same in every panel, message and link, and parses back to the same value).
 *
 * <p>The bottom layer: plain Java that every other package may use.
 */
package dev.kvcache.units;
