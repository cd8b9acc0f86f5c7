package dev.kvcache.sim;

/**
 * KV offload to a second tier (immutable): GiB of host memory per GPU given to KV blocks (0 = off),
 * as vLLM's {@code --swap-space} counts it ("CPU swap space size (GiB) per GPU"), and the link the
 * blocks cross. With it on, a sequence the GPU pool must preempt moves its blocks to the host instead
 * of dropping them, and reloads them when it returns (vLLM's swap preemption, LMCache, Mooncake).
 */
public final class Offload {
    /** Off: preempted sequences are recomputed, as without a second tier. */
    public static final Offload OFF = new Offload(0, OffloadLink.AUTO);
    /** The most host memory per GPU a scenario may give, GiB (64 TiB: beyond any server's DRAM). */
    public static final long MAX_GIB = 65_536;
    private static final long GIB = 1L << 30;
    /** The sizes the control cycles through, GiB per GPU: off, then vLLM-like to server-sized host memory. */
    private static final long[] STEPS = {0, 64, 256, 1024};

    private final long gib;
    private final OffloadLink link;

    private Offload(long gib, OffloadLink link) {
        this.gib = gib;
        this.link = link;
    }

    /** {@code gib} GiB per GPU (0 to {@link #MAX_GIB}; 0 is off) over {@code link}. */
    public static Offload of(long gib, OffloadLink link) {
        SettingChecks.inRange("offload", gib, 0, MAX_GIB);
        return new Offload(gib, SettingChecks.notNull(link, "offloadLink"));
    }

    /** The size after {@code gib} in the control's cycle (off, 64, 256, 1024 GiB, off again). */
    public static long nextStep(long gib) {
        for (long step : STEPS) {
            if (step > gib) {
                return step;
            }
        }
        return 0;
    }

    /** These settings with another size, GiB per GPU. */
    public Offload withGib(long value) {
        return of(value, link);
    }

    /** These settings with another link. */
    public Offload withLink(OffloadLink value) {
        return of(gib, value);
    }

    public boolean isOn() {
        return gib > 0;
    }

    /** Host memory per GPU for KV blocks, GiB. */
    public long gib() {
        return gib;
    }

    /** Host memory per GPU for KV blocks, bytes. */
    public long bytesPerGpu() {
        return gib * GIB;
    }

    public OffloadLink link() {
        return link;
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof Offload)) {
            return false;
        }
        Offload other = (Offload) o;
        return gib == other.gib && link == other.link;
    }

    @Override
    public int hashCode() {
        return (int) gib * 31 + link.ordinal();
    }

    @Override
    public String toString() {
        return gib + " GiB over " + link.word();
    }
}
