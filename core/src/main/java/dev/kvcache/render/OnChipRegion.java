package dev.kvcache.render;

import dev.kvcache.units.Quantities;

/**
 * How much of the die's core the on-chip cache or SRAM takes in the drawing, and its label, both from
 * the catalogue's figure. The share grows with the logarithm of the size (4 MB of L2 to 44 GB of
 * wafer SRAM span four orders of magnitude); a device whose size is not listed gets no region and a
 * label that says so, never an invented size.
 */
public final class OnChipRegion {
    /** Share of the core for the smallest listed cache (1 MB and below). */
    static final float MIN_SHARE = 0.12f;
    /** Share of the core for the largest (64 GB, beyond any device in the catalogue). */
    static final float MAX_SHARE = 0.6f;
    private static final double LARGEST_MB = 65536;

    private OnChipRegion() {
    }

    /** Share of the core's height drawn as on-chip memory for {@code megabytes}; 0 when not listed. */
    public static float share(double megabytes) {
        if (!(megabytes > 0)) {
            return 0f;
        }
        double position = Math.log(Math.max(1.0, Math.min(megabytes, LARGEST_MB))) / Math.log(LARGEST_MB);
        return (float) (MIN_SHARE + (MAX_SHARE - MIN_SHARE) * position);
    }

    /** "L2 cache 50 MB", "Infinity Cache 256 MB", "on-wafer SRAM 44 GB", or "SLC: size not listed". */
    public static String label(String kind, double megabytes) {
        if (!(megabytes > 0)) {
            return (kind.isEmpty() ? "on-chip cache" : kind) + ": size not listed";
        }
        StringBuilder out = new StringBuilder(40);
        out.append(kind.isEmpty() ? "on-chip memory" : kind);
        if ("L2".equals(kind)) {
            out.append(" cache");
        }
        return Quantities.onChipMegabytes(out.append(' '), megabytes).toString();
    }
}
