package dev.kvcache.scenario;

import dev.kvcache.sim.Offload;
import dev.kvcache.sim.OffloadLink;
import dev.kvcache.sim.SimSettings;
import java.util.Map;

/**
 * KV offload's two named values, {@code offload} (GiB of host memory per GPU, 0 or off for none) and
 * {@code offloadLink} (auto | pcie4 | pcie5 | c2c | nvme), read into {@link Offload} and written back
 * into a link only when offload is on, so links without it read as before. A bad value keeps the
 * previous one with a notice naming the field.
 */
final class OffloadParams {
    static final String OFFLOAD = "offload";
    static final String LINK = "offloadLink";

    private OffloadParams() {
    }

    /** True for the names this class reads. */
    static boolean owns(String name) {
        return OFFLOAD.equals(name) || LINK.equals(name);
    }

    /** Applies one named value to {@code b}. */
    static void apply(String name, String value, SimSettings.Builder b, ParamNotices notices) {
        Offload now = b.build().offload();
        if (OFFLOAD.equals(name)) {
            String word = value.trim().toLowerCase();
            Long gib = "off".equals(word) || "none".equals(word) ? Long.valueOf(0) : ParamValues.tokens(value);
            if (gib == null) {
                notices.notUnderstood(name, value);
                return;
            }
            // Throws past 0..65,536 GiB with the field's name: the caller keeps the previous value and says so.
            b.offload(now.withGib(gib));
        } else if (LINK.equals(name)) {
            OffloadLink link = OffloadLink.find(value);
            if (link == null) {
                notices.refused(name, value, "offloadLink takes " + OffloadLink.words());
                return;
            }
            b.offload(now.withLink(link));
        }
    }

    /** Writes both values into a link, only when offload is on. */
    static void format(Offload offload, Map<String, String> link) {
        if (!offload.isOn()) {
            return;
        }
        link.put(OFFLOAD, Long.toString(offload.gib()));
        link.put(LINK, offload.link().word());
    }

    /** What a refused value left in place, for a notice: "kept 0" (off), "kept auto". */
    static String kept(String name, SimSettings settings) {
        Offload now = settings.offload();
        return "kept " + (OFFLOAD.equals(name) ? Long.toString(now.gib()) : now.link().word());
    }
}
