package dev.kvcache.catalog;

/**
 * What one device is called in sentences: a GPU, a chip (TPUs, Groq, Graphcore) or a wafer
 * (Cerebras), so "Needs 12 wafers" is said of a wafer-scale engine and never "12 GPUs".
 */
public enum DeviceUnit {
    GPU("GPU", "GPUs", "GPUs"),
    CHIP("chip", "chips", "Chips"),
    WAFER("wafer", "wafers", "Wafers");

    private final String singular;
    private final String plural;
    private final String heading;

    DeviceUnit(String singular, String plural, String heading) {
        this.singular = singular;
        this.plural = plural;
        this.heading = heading;
    }

    /** The plural as a label starting a line or a row: "GPUs", "Chips", "Wafers". */
    public String heading() {
        return heading;
    }

    public String singular() {
        return singular;
    }

    public String plural() {
        return plural;
    }

    /** The noun for {@code count} devices: "1 GPU", "2 GPUs". */
    public String noun(long count) {
        return count == 1 ? singular : plural;
    }

    /** The unit named {@code name} in devices.json ("GPU", "chip", "wafer", any case), or null. */
    public static DeviceUnit named(String name) {
        for (DeviceUnit unit : values()) {
            if (unit.singular.equalsIgnoreCase(name)) {
                return unit;
            }
        }
        return null;
    }
}
