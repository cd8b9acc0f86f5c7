package dev.kvcache.catalog;

/**
 * A number format for weights or for the KV cache, sized in bits per 32 elements so that the
 * sub-byte formats (INT4 = 0.5 B, MXFP4 = 4.25 bits) stay exact integers.
 */
public enum Precision {
    FP32("FP32", 1024, Use.WEIGHTS_AND_KV),
    FP16("FP16", 512, Use.WEIGHTS_AND_KV),
    BF16("BF16", 512, Use.WEIGHTS_AND_KV),
    FP8("FP8", 256, Use.WEIGHTS_AND_KV),
    INT8("INT8", 256, Use.WEIGHTS_AND_KV),
    INT4("INT4", 128, Use.WEIGHTS_AND_KV),
    /**
     * 2-bit integers (KIVI's KV cache); group scales are counted where the cache is sized, not here.
     * A KV format only: no serving engine loads plain 2-bit weights. vLLM's one 2-bit weight method,
     * AQLM's codebooks, is in its quantization table up to v0.9.2 and gone from it by v0.11
     * (docs.vllm.ai, features/quantization/supported_hardware); what it serves now is AWQ and GPTQ
     * INT4, FP8 and INT8 (W8A8), MXFP4 and GGUF (whose 2-bit Q2_K stores 2.56 bits a weight with
     * its scales, not this format).
     */
    INT2("INT2", 64, Use.KV_ONLY),
    /** OCP microscaling FP4: 32 four-bit values share one 8-bit scale, 136 bits per 32. */
    MXFP4("MXFP4", 136, Use.WEIGHTS_ONLY);

    /** Where a format may be used: MXFP4 is a weight format only, INT2 a KV-cache format only. */
    public enum Use {
        WEIGHTS_AND_KV,
        WEIGHTS_ONLY,
        KV_ONLY
    }

    private final String displayName;
    private final int bitsPer32Elements;
    private final Use use;

    Precision(String displayName, int bitsPer32Elements, Use use) {
        this.displayName = displayName;
        this.bitsPer32Elements = bitsPer32Elements;
        this.use = use;
    }

    public String displayName() {
        return displayName;
    }

    /** Bits that 32 elements take, scales included (FP16: 512, INT4: 128). */
    public int bitsPer32Elements() {
        return bitsPer32Elements;
    }

    public boolean allowedForKvCache() {
        return use != Use.WEIGHTS_ONLY;
    }

    public boolean allowedForWeights() {
        return use != Use.KV_ONLY;
    }

    /** This format when weights can be stored in it; else throws naming {@code setting} (precision, --precision). */
    public Precision checkedForWeights(String setting) {
        if (!allowedForWeights()) {
            throw new IllegalArgumentException(setting + " " + displayName
                    + " is a KV-cache format: vLLM serves no 2-bit integer weights");
        }
        return this;
    }

    /** Bytes that {@code elements} values take, rounded up to a whole byte. */
    public long bytesFor(long elements) {
        return (elements * bitsPer32Elements + 255) / 256;
    }

    /** Bytes per element as a double, for display only (INT4: 0.5). */
    public double bytesPerElement() {
        return bitsPer32Elements / 256.0;
    }

    /** This format when the KV cache can hold it; else throws naming {@code setting} (kv, --kv). */
    public Precision checkedForKvCache(String setting) {
        if (!allowedForKvCache()) {
            throw new IllegalArgumentException(setting + " " + displayName
                    + " is a weight format; the KV cache takes FP32, FP16, BF16, FP8, INT8, INT4 or INT2");
        }
        return this;
    }

    /**
     * The format a name denotes, case-insensitive, accepting Hugging Face / PyTorch spellings
     * ({@code bfloat16}, {@code float16}, {@code fp8_e4m3}); null when the name is unknown.
     */
    public static Precision find(String name) {
        if (name == null) {
            return null;
        }
        String n = name.trim().toLowerCase();
        if (n.equals("fp32") || n.equals("float32") || n.equals("float") || n.equals("f32")) {
            return FP32;
        }
        if (n.equals("fp16") || n.equals("float16") || n.equals("half") || n.equals("f16")) {
            return FP16;
        }
        if (n.equals("bf16") || n.equals("bfloat16")) {
            return BF16;
        }
        // The FP8 spellings of vLLM, PyTorch and Hugging Face, exactly: a prefix read fp8_garbage as FP8.
        if (n.equals("fp8") || n.equals("float8") || n.equals("fp8_e4m3") || n.equals("fp8_e5m2")
                || n.equals("fp8_e4m3fn") || n.equals("float8_e4m3fn") || n.equals("float8_e4m3fnuz")
                || n.equals("float8_e5m2") || n.equals("float8_e5m2fnuz") || n.equals("e4m3") || n.equals("e5m2")) {
            return FP8;
        }
        if (n.equals("int8") || n.equals("i8") || n.equals("w8a16")) {
            return INT8;
        }
        if (n.equals("int4") || n.equals("i4") || n.equals("w4a16")) {
            return INT4;
        }
        if (n.equals("int2") || n.equals("i2")) {
            return INT2;
        }
        if (n.equals("mxfp4")) {
            return MXFP4;
        }
        return null;
    }

    /** Like {@link #find} but throws with a message listing the accepted names. */
    public static Precision parse(String name) {
        Precision p = find(name);
        if (p == null) {
            throw new IllegalArgumentException("unknown precision '" + name
                    + "' (expected FP32, FP16, BF16, FP8, INT8, INT4, INT2 or MXFP4)");
        }
        return p;
    }

    /** Parses a KV-cache format: any format except the weight-only ones. */
    public static Precision parseForKvCache(String name) {
        return parse(name).checkedForKvCache("kv");
    }
}
