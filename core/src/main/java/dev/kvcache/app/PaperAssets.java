package dev.kvcache.app;

import com.badlogic.gdx.Gdx;
import com.badlogic.gdx.files.FileHandle;
import dev.kvcache.catalog.PaperReference;
import dev.kvcache.data.PaperLoader;
import java.util.ArrayList;
import java.util.List;

/** Reads {@code assets/catalog/papers.json}: the paper references the panel shows and opens. */
public final class PaperAssets {
    public static final String PATH = "catalog/papers.json";

    private PaperAssets() {
    }

    /** The valid references; an unreadable file or a bad entry is logged and left out. */
    public static List<PaperReference> load() {
        List<PaperReference> papers = new ArrayList<>();
        try {
            FileHandle file = Gdx.files.internal(PATH);
            if (!file.exists()) {
                Gdx.app.error("kvcache", PATH + " is missing: no paper references");
                return papers;
            }
            PaperLoader loader = new PaperLoader();
            papers.addAll(loader.load(file.readString("UTF-8")));
            for (String problem : loader.problems()) {
                Gdx.app.error("kvcache", problem);
            }
        } catch (RuntimeException e) {
            Gdx.app.error("kvcache", PATH + ": " + e.getMessage());
        }
        return papers;
    }
}
