package dev.kvcache.app;

import com.badlogic.gdx.Gdx;
import com.badlogic.gdx.files.FileHandle;
import dev.kvcache.catalog.Catalog;
import dev.kvcache.catalog.Factoid;
import dev.kvcache.data.FactoidLoader;
import dev.kvcache.memory.FactoidLine;
import dev.kvcache.memory.FactoidText;
import java.util.ArrayList;
import java.util.List;

/** Reads {@code assets/catalog/factoids.json} and renders every factoid with the memory engine, once. */
public final class FactoidAssets {
    public static final String PATH = "catalog/factoids.json";

    private FactoidAssets() {
    }

    /** The finished sentences with their subjects; an unreadable file or a failing factoid is logged and left out. */
    public static List<FactoidLine> load(Catalog catalog) {
        List<FactoidLine> lines = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        try {
            FileHandle file = Gdx.files.internal(PATH);
            if (!file.exists()) {
                Gdx.app.error("kvcache", PATH + " is missing: no factoids");
                return lines;
            }
            FactoidLoader loader = new FactoidLoader();
            List<Factoid> factoids = loader.load(file.readString("UTF-8"));
            problems.addAll(loader.problems());
            FactoidText text = new FactoidText(catalog);
            for (Factoid factoid : factoids) {
                FactoidLine line = text.renderLine(factoid, problems);
                if (line != null) {
                    lines.add(line);
                }
            }
        } catch (RuntimeException e) {
            problems.add(PATH + ": " + e.getMessage());
        }
        for (String problem : problems) {
            Gdx.app.error("kvcache", problem);
        }
        return lines;
    }
}
