package dev.kvcache.sim;

/**
 * The link KV blocks cross between the GPU and its second tier, as the link spells it: the
 * device's own host link ({@code auto}), PCIe 4.0 or 5.0 x16, NVLink-C2C (Grace Hopper / Grace
 * Blackwell) or an NVMe SSD. Each one's speed and its source are in {@code assets/catalog/devices.json}
 * ({@code hostLinks}); the simulation only names the link.
 */
public enum OffloadLink {
    AUTO("auto"),
    PCIE4("pcie4"),
    PCIE5("pcie5"),
    C2C("c2c"),
    NVME("nvme");

    private final String word;

    OffloadLink(String word) {
        this.word = word;
    }

    /** The link's name in links, options and JSON. */
    public String word() {
        return word;
    }

    /** The link {@code value} names (any case), or null when it names none. */
    public static OffloadLink find(String value) {
        String v = value == null ? "" : value.trim().toLowerCase();
        for (OffloadLink link : values()) {
            if (link.word.equals(v)) {
                return link;
            }
        }
        return null;
    }

    /** The names a link may take, for messages: "auto, pcie4, pcie5, c2c, nvme". */
    public static String words() {
        StringBuilder b = new StringBuilder();
        for (OffloadLink link : values()) {
            b.append(b.length() > 0 ? ", " : "").append(link.word);
        }
        return b.toString();
    }
}
