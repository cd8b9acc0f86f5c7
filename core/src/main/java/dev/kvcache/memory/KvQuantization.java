package dev.kvcache.memory;

import dev.kvcache.catalog.Precision;
import dev.kvcache.catalog.ScenarioDefaults;

/**
 * KIVI-style sub-byte KV cache (Liu et al., "KIVI: A Tuning-Free Asymmetric 2bit Quantization for KV
 * Cache", arXiv 2402.02750): INT4 and INT2 values in groups of 32 elements, each group carrying an
 * FP16 scale and an FP16 zero-point, and the most recent 128 tokens of every sequence (KIVI's
 * residual length R) held unquantized at the model's own KV format until a group fills.
 */
public final class KvQuantization {
    /** KIVI's group size G (its experiments use G = 32). */
    public static final int GROUP_ELEMENTS = 32;
    /** KIVI's residual length R: recent tokens kept in full precision (R = 128 in its experiments). */
    public static final int RESIDUAL_TOKENS = 128;
    /** One FP16 scale plus one FP16 zero-point per group (KIVI's asymmetric min/scale pair). */
    public static final int SCALE_BITS_PER_GROUP = 32;

    private KvQuantization() {
    }

    /** Whether {@code kv} is stored KIVI-style: the sub-byte integer formats. */
    public static boolean applies(Precision kv) {
        return kv == Precision.INT4 || kv == Precision.INT2;
    }

    /** Bytes of {@code elements} values in {@code kv}: with KIVI's group scales when it applies. */
    public static long bytesFor(Precision kv, long elements) {
        if (!applies(kv)) {
            return kv.bytesFor(elements);
        }
        long groups = (elements + GROUP_ELEMENTS - 1) / GROUP_ELEMENTS;
        long bits = elements * kv.bitsPer32Elements() / 32 + groups * SCALE_BITS_PER_GROUP;
        return (bits + 7) / 8;
    }

    /**
     * The format the residual window is held in: the KV format the model would use unquantized (its
     * checkpoint's format, BF16 when that is itself sub-byte or weight-only).
     */
    public static Precision residualFormat(Precision nativeWeights) {
        Precision p = ScenarioDefaults.kv(nativeWeights);
        return applies(p) ? Precision.BF16 : p;
    }

    /** Tokens of a sequence held unquantized: the residual window when {@code kv} applies, else 0. */
    public static int residualTokens(Precision kv) {
        return applies(kv) ? RESIDUAL_TOKENS : 0;
    }
}
