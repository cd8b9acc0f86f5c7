package dev.kvcache.memory;

/** An on/off setting of a scenario (continuous batching, paged attention, FlashAttention, weights shown). */
public enum Switch {
    ON,
    OFF;

    public boolean isOn() {
        return this == ON;
    }

    /** "1" / "0" as the command line writes it; null for anything else. */
    public static Switch fromDigit(String digit) {
        if ("1".equals(digit)) {
            return ON;
        }
        if ("0".equals(digit)) {
            return OFF;
        }
        return null;
    }
}
