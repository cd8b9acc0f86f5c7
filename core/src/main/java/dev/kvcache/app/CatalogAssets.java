package dev.kvcache.app;

import com.badlogic.gdx.Gdx;
import com.badlogic.gdx.files.FileHandle;
import dev.kvcache.catalog.Catalog;
import dev.kvcache.data.CatalogLoader;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the catalogs from {@code assets/catalog/}. A missing or broken file is reported, not
 * thrown: the app shows what is wrong and keeps whatever entries were valid.
 */
public final class CatalogAssets {
    public static final String MODELS = "catalog/models.json";
    public static final String DEVICES = "catalog/devices.json";
    public static final String CLUSTERS = "catalog/clusters.json";

    private final List<String> problems = new ArrayList<>();
    private Catalog catalog;

    public static CatalogAssets load() {
        CatalogAssets assets = new CatalogAssets();
        CatalogLoader loader = new CatalogLoader();
        assets.catalog = loader.loadClusters(loader.load(assets.read(MODELS), assets.read(DEVICES)),
                assets.read(CLUSTERS));
        assets.problems.addAll(loader.problems());
        for (String problem : assets.problems) {
            Gdx.app.error("kvcache", "catalog: " + problem);
        }
        return assets;
    }

    private String read(String path) {
        try {
            FileHandle file = Gdx.files.internal(path);
            if (!file.exists()) {
                problems.add(path + " is missing");
                return "{}";
            }
            return file.readString("UTF-8");
        } catch (RuntimeException e) {
            problems.add(path + " could not be read: " + e.getMessage());
            return "{}";
        }
    }

    /** True when at least one model and one device loaded, so the simulation can run. */
    public boolean usable() {
        return catalog != null && catalog.models().size() > 0 && catalog.devices().size() > 0;
    }

    public Catalog catalog() {
        return catalog;
    }

    public List<String> problems() {
        return problems;
    }
}
