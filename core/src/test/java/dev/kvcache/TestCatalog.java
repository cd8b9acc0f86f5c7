package dev.kvcache;

import dev.kvcache.catalog.Catalog;
import dev.kvcache.data.CatalogLoader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;

/** The shipped catalog (assets/catalog), loaded once for tests. */
public final class TestCatalog {
    private static Catalog catalog;
    private static CatalogLoader loader;

    private TestCatalog() {
    }

    public static Path assets() {
        return Paths.get(System.getProperty("kvcache.assets", "../assets"));
    }

    public static String file(String name) {
        try {
            return Files.readString(assets().resolve("catalog").resolve(name), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    public static synchronized Catalog get() {
        if (catalog == null) {
            loader = new CatalogLoader();
            catalog = loader.loadClusters(loader.load(file("models.json"), file("devices.json")), file("clusters.json"));
        }
        return catalog;
    }

    public static synchronized CatalogLoader loader() {
        get();
        return loader;
    }
}
