package dev.kvcache.render;

/**
 * What a slice of device memory holds, packed in an int: weights, a speculative draft, workspace, free, or a batch
 * slot's KV (used, reserved-but-unused, or its windowed/fixed state).
 */
public final class BankContent {
    public static final int FREE = -1;
    public static final int WEIGHTS = -2;
    public static final int WORKSPACE = -3;
    /** Speculative decoding's draft: its weights and its KV cache, reserved beside the target's weights. */
    public static final int DRAFT = -4;
    /** Cached prefix blocks that no sequence uses now (evictable). */
    public static final int EVICTABLE = -6;
    /** A shared prefix used by {@code n} sequences is {@code SHARED_BASE - min(n, MAX_SHARERS_MARKED)}. */
    public static final int SHARED_BASE = -10;
    /** The most users the shared mark tells apart (one dot each); more show as many dots. */
    public static final int MAX_SHARERS_MARKED = 4;
    /** Slot codes: {@code USED_BASE + slot}, {@code RESERVED_BASE + slot}, {@code STATE_BASE + slot}. */
    public static final int USED_BASE = 0;
    public static final int RESERVED_BASE = 100;
    public static final int STATE_BASE = 200;

    private BankContent() {
    }

    /** A shared prefix's blocks, used by {@code sharers} (1 or more) sequences. */
    public static int shared(int sharers) {
        return SHARED_BASE - Math.max(1, Math.min(sharers, MAX_SHARERS_MARKED));
    }

    public static boolean isShared(int code) {
        return code < SHARED_BASE && code >= SHARED_BASE - MAX_SHARERS_MARKED;
    }

    /** Dots a shared code's mark draws: its users, at most {@link #MAX_SHARERS_MARKED}. */
    public static int sharersMarked(int code) {
        return SHARED_BASE - code;
    }

    public static int used(int slot) {
        return USED_BASE + slot;
    }

    public static int reserved(int slot) {
        return RESERVED_BASE + slot;
    }

    public static int state(int slot) {
        return STATE_BASE + slot;
    }

    /** The batch slot a KV code belongs to, or -1 for weights, workspace and free memory. */
    public static int slotOf(int code) {
        if (code < 0) {
            return -1;
        }
        return code % 100;
    }

    public static boolean isReserved(int code) {
        return code >= RESERVED_BASE && code < STATE_BASE;
    }

    public static boolean isState(int code) {
        return code >= STATE_BASE;
    }
}
