package dev.kvcache.data;

import dev.kvcache.catalog.AttentionKind;
import dev.kvcache.catalog.Directory;
import dev.kvcache.catalog.ModelSpec;
import dev.kvcache.catalog.hf.HfConfigImporter;
import java.util.List;
import java.util.Map;

/** Reads one entry of models.json: identity and published sizes, then its config through the HF importer. */
final class ModelEntryReader implements CatalogLoader.EntryReader {
    /** Largest published size accepted, in billions of parameters (10T: far beyond any model). */
    static final double MAX_PARAMS_B = 10_000;

    private final Directory<ModelSpec> models;
    private final List<String> problems;

    ModelEntryReader(Directory<ModelSpec> models, List<String> problems) {
        this.models = models;
        this.problems = problems;
    }

    @Override
    public void read(Map<String, Object> entry, String where) {
        EntryFields f = new EntryFields(entry, where);
        String id = f.requireString("id");
        f.namedAs("models.json model " + id);
        String name = f.requireString("name");
        double total = f.requireNumber("totalParamsB", 0.001, MAX_PARAMS_B);
        double active = f.requireNumber("activeParamsB", 0.001, MAX_PARAMS_B);
        if (active > total) {
            throw f.error("activeParamsB", "(" + active + ") exceeds totalParamsB (" + total + ")");
        }
        String declared = f.requireString("attention");
        AttentionKind kind = AttentionKind.find(declared);
        if (kind == null) {
            throw f.error("attention", "'" + declared
                    + "' is not one of MHA, GQA, MQA, MLA, SLIDING, CHUNKED, HYBRID_LINEAR");
        }
        ModelSpec.Builder b = HfConfigImporter.read(f.requireObject("config"), id, f.where() + " config");
        b.name(name).source(f.stringOr("hfRepo", ""))
                .publishedParams(Math.round(total * 1e9), Math.round(active * 1e9));
        if (entry.containsKey("mtpParamsB")) {
            // Optional: only models published with draft heads (DeepSeek-V3's one MTP module) carry it.
            b.mtpParams(Math.round(f.requireNumber("mtpParamsB", 0.001, MAX_PARAMS_B) * 1e9));
        }
        for (String alias : f.stringList("aliases")) {
            b.alias(alias);
        }
        ModelSpec model = b.build();
        AttentionKind derived = model.attention().attentionKind();
        if (derived != kind) {
            throw f.error("attention", "says " + kind.name() + " but the config gives " + derived.name());
        }
        problems.addAll(models.add(model, id, name, model.aliases()));
    }
}
