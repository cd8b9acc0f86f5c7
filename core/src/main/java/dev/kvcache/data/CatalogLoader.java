package dev.kvcache.data;

import com.badlogic.gdx.utils.JsonReader;
import com.badlogic.gdx.utils.JsonValue;
import com.badlogic.gdx.utils.SerializationException;
import dev.kvcache.catalog.Catalog;
import dev.kvcache.catalog.DeviceSpec;
import dev.kvcache.catalog.Directory;
import dev.kvcache.catalog.HostLinks;
import dev.kvcache.catalog.ModelSpec;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Loads {@code assets/catalog/models.json} and {@code devices.json} from their text (the app reads
 * it with Gdx.files, tests with plain Java) into a {@link Catalog}, collecting every problem.
 *
 * <p>Format, both files: {@code {"version": 1, "models": [...]}} / {@code {"version": 1,
 * "devices": [...]}}; {@code version} is a positive integer, currently 1.
 *
 * <p>A model: {@code id} (short, unique), {@code name}, {@code aliases} (list), {@code hfRepo},
 * {@code attention} (MHA, GQA, MQA, MLA, SLIDING, CHUNKED or HYBRID_LINEAR, checked against what the
 * config implies), {@code totalParamsB} and {@code activeParamsB} (published, billions) and
 * {@code config}: the Hugging Face config.json fields, read by
 * {@link dev.kvcache.catalog.hf.HfConfigImporter} (layers, hidden size, heads, KV heads, head_dim,
 * window and layer pattern, MLA ranks, linear-attention dims, experts, max context, dtype).
 *
 * <p>A device: {@code id}, {@code name}, {@code aliases}, {@code vendor}, {@code marketedGB}
 * (decimal, as sold), {@code usableGiB} with {@code usableNote} (its source or rule),
 * {@code memoryType} (HBM2/2e/3/3e, GDDR6/6X/7, SRAM, LPDDR5X), {@code bandwidthGBps},
 * {@code onChipMB} and {@code onChipKind}, {@code moduleCount} (HBM stacks, GDDR chips, SRAM
 * regions the view draws), {@code flashTile} (FlashAttention tile edge in tokens) and {@code perf}:
 * {@code denseTflops} (an object with {@code 16bit}, {@code fp8}, {@code int8} and {@code fp4}:
 * dense tensor throughput, a number or "not published" / "not supported") with
 * {@code denseTflopsSource}, {@code bandwidthSource}, {@code link} with
 * {@code linkBidirectionalGBps} and {@code linkSource}, {@code tdpWatts} with {@code tdpSource},
 * {@code usdPerHour} with {@code priceDate} and {@code priceSource} (each figure a number or
 * "not published"), and an optional {@code note}.
 *
 * <p>{@code devices.json} also holds {@code hostLinks}, the links KV offload uses (see {@link HostLinkReader}).
 */
public final class CatalogLoader {
    /** The newest format version this loader understands. */
    public static final int VERSION = 1;

    private final List<String> problems = new ArrayList<String>();
    /** The root of the file read last, for sections beside its list. */
    private JsonValue lastRoot;

    /** Problems found so far, one line each (file, entry, field, what is wrong). */
    public List<String> problems() {
        return problems;
    }

    /** Loads both files; check {@link #problems()} afterwards (bad entries are skipped). */
    public Catalog load(String modelsJson, String devicesJson) {
        Directory<ModelSpec> models = new Directory<ModelSpec>("model");
        Directory<DeviceSpec> devices = new Directory<DeviceSpec>("device");
        int v1 = readEntries("models.json", modelsJson, "models", new ModelEntryReader(models, problems));
        int v2 = readEntries("devices.json", devicesJson, "devices", new DeviceEntryReader(devices, problems));
        HostLinks links = lastRoot == null ? HostLinks.NONE : HostLinkReader.read(lastRoot, devices, problems);
        return new Catalog(models, devices, Math.min(v1, v2), links);
    }

    /**
     * Adds {@code clusters.json}'s presets ({@code {"version": 1, "clusters": [...]}}, each read by
     * {@link ClusterEntryReader}) to {@code catalog}, whose devices they name; problems as for the others.
     */
    public Catalog loadClusters(Catalog catalog, String clustersJson) {
        readEntries("clusters.json", clustersJson, "clusters",
                new ClusterEntryReader(catalog.clusters(), catalog.devices(), problems));
        return catalog;
    }

    /** Reads one entry of a catalog file. */
    interface EntryReader {
        void read(Map<String, Object> entry, String where);
    }

    @SuppressWarnings("unchecked")
    private int readEntries(String file, String text, String listName, EntryReader reader) {
        lastRoot = null;
        JsonValue root;
        try {
            root = new JsonReader().parse(text);
        } catch (SerializationException e) {
            problems.add(file + ": broken JSON: " + firstLine(e.getMessage()));
            return 0;
        }
        if (root == null || !root.isObject()) {
            problems.add(file + ": top level must be an object with \"version\" and \"" + listName + "\"");
            return 0;
        }
        lastRoot = root;
        JsonValue version = root.get("version");
        if (version == null || !version.isLong() || version.asLong() < 1) {
            problems.add(file + ": version must be a positive integer");
        } else if (version.asLong() > VERSION) {
            problems.add(file + ": version " + version.asLong() + " is newer than this app reads ("
                    + VERSION + ")");
        }
        JsonValue list = root.get(listName);
        if (list == null || !list.isArray()) {
            problems.add(file + ": \"" + listName + "\" must be a list");
            return 0;
        }
        int index = 0;
        for (JsonValue entry = list.child; entry != null; entry = entry.next) {
            String where = file + " entry " + index;
            index++;
            if (!entry.isObject()) {
                problems.add(where + ": must be an object");
                continue;
            }
            try {
                reader.read((Map<String, Object>) JsonTrees.toPlain(entry), where);
            } catch (IllegalArgumentException e) {
                problems.add(e.getMessage());
            }
        }
        return version != null && version.isLong() ? (int) version.asLong() : 0;
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "unreadable";
        }
        int nl = message.indexOf('\n');
        return nl < 0 ? message : message.substring(0, nl);
    }
}
