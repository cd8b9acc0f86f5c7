package dev.kvcache.render;

import com.badlogic.gdx.math.Rectangle;
import dev.kvcache.catalog.HostLink;
import dev.kvcache.host.HostView;
import dev.kvcache.host.Motion;
import dev.kvcache.sim.HostTierView;
import dev.kvcache.sim.SimSettings;
import dev.kvcache.units.Quantities;

/**
 * KV offload's second tier on screen: a host-memory strip under the die, filled as far as offloaded
 * caches fill it, and the link joining them, down which blocks leave (left lane) and up which they
 * come back (right lane) at a speed proportional to the link's: a PCIe 5.0 x16 link's 64 GB/s takes
 * {@link #PCIE5_SECONDS} from end to end, NVLink-C2C's 450 GB/s a seventh of it, an NVMe SSD's
 * 7.45 GB/s over eight times as long. Fixed capacity, nothing allocated per frame.
 */
public final class HostStripView {
    /** Blocks in flight at most; more moves in a frame than fit simply send no more. */
    static final int CAPACITY = 24;
    /** Seconds a block takes down the link at 64 GB/s. */
    static final float PCIE5_SECONDS = 0.6f;
    private static final double PCIE5_GBPS = 64;
    /** Spacing of blocks sent in the same frame, as a share of the link. */
    private static final float TRAIL = 0.18f;

    private final float[] along = new float[CAPACITY];
    private final boolean[] back = new boolean[CAPACITY];
    private int flying;
    private long seenOut = -1;
    private long seenIn = -1;
    private SimSettings linkFor;
    private HostLink link;
    /** The link's length per second of animation: 1 / seconds end to end. */
    private float pace = 1f / PCIE5_SECONDS;
    private final StringBuilder label = new StringBuilder(96);
    private final StringBuilder shortLabel = new StringBuilder(32);
    private long labelUsed = -1;
    private long labelCapacity = -1;
    private HostLink labelLink;

    /** Advances the blocks in flight by {@code seconds} and sends one for each cache that left or came back. */
    public void update(HostView host, float seconds, Motion motion) {
        SimSettings settings = host.simulation().settings();
        if (settings != linkFor) {
            // Resolved once per settings change, not per frame.
            linkFor = settings;
            link = settings.offload().isOn()
                    ? host.catalog().hostLinks().chosen(settings.offload().link().word(), host.device().id()) : null;
            pace = 1f / crossingSeconds(link == null ? PCIE5_GBPS : link.gbpsPerDirection());
        }
        HostTierView tier = host.simulation().host();
        long out = tier.offloads();
        long in = tier.reloads();
        if (out < seenOut || in < seenIn || motion == Motion.REDUCED || link == null) {
            // A rebuilt run, or no motion: nothing in flight.
            flying = 0;
        } else if (seenOut >= 0) {
            send(out - seenOut, false);
            send(in - seenIn, true);
        }
        seenOut = out;
        seenIn = in;
        // Paused, the blocks in flight land within a second (the last queued starts 0.72 back), so the
        // scene comes to rest as the idle rule asks.
        float rate = host.isPlaying() ? pace : Math.max(pace, 2f);
        int kept = 0;
        for (int i = 0; i < flying; i++) {
            float next = along[i] + seconds * rate;
            if (next < 1f) {
                along[kept] = next;
                back[kept] = back[i];
                kept++;
            }
        }
        flying = kept;
    }

    private void send(long count, boolean returning) {
        for (long i = 0; i < count && flying < CAPACITY; i++) {
            // In a queue at most four blocks long: the rest start beside them.
            along[flying] = -(i % 5) * TRAIL;
            back[flying] = returning;
            flying++;
        }
    }

    /** Seconds a block takes from one end of a link of {@code gbps} GB/s to the other while playing. */
    static float crossingSeconds(double gbps) {
        return (float) (PCIE5_SECONDS * PCIE5_GBPS / gbps);
    }

    /** Blocks in flight (for tests). */
    int flying() {
        return flying;
    }

    /** True when no block is in flight. */
    public boolean isEmpty() {
        return flying == 0;
    }

    /** Draws the link from {@code die} down to {@code strip}, the blocks on it, and the strip with its fill and label. */
    public void draw(FlatPainter painter, TextPainter text, HostView host, Rectangle strip, Rectangle die,
            DeviceLook device) {
        if (strip.height <= 0 || link == null) {
            return;
        }
        float centre = die.x + die.width / 2f;
        float top = die.y;
        float bottom = strip.y + strip.height;
        float lane = Math.max(2f, strip.height * 0.12f);
        painter.rect(centre - lane * 1.5f, bottom, lane, top - bottom, device.moduleEdge);
        painter.rect(centre + lane * 0.5f, bottom, lane, top - bottom, device.moduleEdge);
        float block = lane * 2.2f;
        for (int i = 0; i < flying; i++) {
            if (along[i] < 0f) {
                continue;
            }
            // Leaving blocks run down the left lane, returning ones up the right.
            float y = back[i] ? bottom + along[i] * (top - bottom) : top - along[i] * (top - bottom);
            float x = back[i] ? centre + lane : centre - lane;
            painter.rect(x - block / 2f, y - block / 2f, block, block, Palette.HOST);
        }
        HostTierView tier = host.simulation().host();
        painter.rect(strip.x, strip.y, strip.width, strip.height, device.moduleBody);
        double fill = tier.capacityBlocks() > 0 ? (double) tier.usedBlocks() / tier.capacityBlocks() : 0;
        painter.rect(strip.x, strip.y, (float) (strip.width * Math.min(1.0, fill)), strip.height, Palette.HOST, 0.85f);
        painter.frame(Math.round(strip.x), Math.round(strip.y), Math.round(strip.width), Math.round(strip.height), 1f,
                device.moduleEdge);
        relabel(host, tier, fill);
        float lineHeight = text.lineHeight(FontStyle.SMALL);
        if (lineHeight > strip.height) {
            return;
        }
        float middle = strip.y + strip.height / 2f + lineHeight / 2f;
        if (text.width(label, FontStyle.SMALL) < strip.width * 0.95f) {
            text.drawCentred(label, FontStyle.SMALL, Palette.TEXT, strip.x + strip.width / 2f, middle);
        } else if (text.width(shortLabel, FontStyle.SMALL) < strip.width * 0.95f) {
            text.drawCentred(shortLabel, FontStyle.SMALL, Palette.TEXT, strip.x + strip.width / 2f, middle);
        }
    }

    /** "host memory 64 GiB · 12% full" (and "host 12%"), written again only when a figure in it changes. */
    private void relabel(HostView host, HostTierView tier, double fill) {
        if (tier.usedBlocks() == labelUsed && tier.capacityBlocks() == labelCapacity && link == labelLink) {
            return;
        }
        labelUsed = tier.usedBlocks();
        labelCapacity = tier.capacityBlocks();
        labelLink = link;
        label.setLength(0);
        Quantities.bytes(label.append("host memory "), host.simulation().settings().offload().bytesPerGpu());
        Quantities.percent(label.append(" \u00b7 "), fill).append(" full");
        shortLabel.setLength(0);
        Quantities.percent(shortLabel.append("host "), fill);
    }
}
