package dev.kvcache.ui;

import dev.kvcache.render.BankContent;
import dev.kvcache.render.MemoryMap;
import dev.kvcache.sim.PagingMode;

/**
 * The entries of the memory legend, in the order they are listed, and when each is listed: exactly
 * when the banks show what it names, so every colour and shape on screen has its words and no
 * entry names something absent.
 */
enum LegendEntry {
    WEIGHTS(BankContent.WEIGHTS),
    DRAFT(BankContent.DRAFT),
    KV_IN_USE(BankContent.USED_BASE),
    /** A shared prefix's blocks (prefix caching); the swatch shows two users' dots. */
    SHARED(BankContent.shared(2)),
    EVICTABLE(BankContent.EVICTABLE),
    WINDOW_OR_STATE(BankContent.STATE_BASE),
    RESERVED(BankContent.RESERVED_BASE),
    /** Not a content: two sequences' pages in one bank, split by a dark seam. */
    PAGE_SEAM(-100),
    WORKSPACE(BankContent.WORKSPACE),
    FREE(BankContent.FREE),
    /** Not a content: the red outline round the memory FlashAttention saves. */
    SAVED(-101),
    /** Not a content: the host-memory strip under the die (KV offload). */
    HOST(-102);

    /** The bank code its swatch shows; for per-sequence entries, the base a slot is added to. */
    final int code;

    LegendEntry(int code) {
        this.code = code;
    }

    /** True for entries with one swatch per batch slot. */
    boolean perSlot() {
        return this == KV_IN_USE || this == WINDOW_OR_STATE || this == RESERVED;
    }

    /** Batch slots (bit per slot) it draws a swatch for; 0 when it has a single swatch. */
    long slots(MemoryMap map) {
        switch (this) {
            case KV_IN_USE:
            case PAGE_SEAM:
                return map.usedSlots();
            case WINDOW_OR_STATE:
                return map.stateSlots();
            case RESERVED:
                return map.reservedSlots();
            default:
                return 0L;
        }
    }

    boolean isShown(MemoryMap map, PagingMode paging) {
        switch (this) {
            case PAGE_SEAM:
                return paging == PagingMode.PAGED && Long.bitCount(map.usedSlots()) > 1;
            case SAVED:
                return map.showsGhost();
            case SHARED:
                return map.showsShared();
            case HOST:
                return map.showsHost();
            default:
                return perSlot() ? slots(map) != 0 : map.shows(code);
        }
    }
}
