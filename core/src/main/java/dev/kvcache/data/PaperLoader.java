package dev.kvcache.data;

import com.badlogic.gdx.utils.JsonReader;
import com.badlogic.gdx.utils.JsonValue;
import com.badlogic.gdx.utils.SerializationException;
import dev.kvcache.catalog.PaperReference;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Loads {@code assets/catalog/papers.json} into {@link PaperReference} records, collecting every
 * problem (bad entries are skipped), like {@link FactoidLoader}.
 *
 * <p>Format: {@code {"version": 1, "papers": [...]}}. A paper: {@code id} (unique, what the views
 * ask for), {@code text} (the line shown) and {@code url}, an {@code https://} address with no
 * spaces, quotes or angle brackets (the browser opens it as given).
 */
public final class PaperLoader {
    /** The newest format version this loader understands. */
    public static final int VERSION = 1;
    private static final String FILE = "papers.json";

    private final List<String> problems = new ArrayList<String>();

    /** Problems found so far, one line each (file, paper, field, what is wrong). */
    public List<String> problems() {
        return problems;
    }

    /** The valid papers of {@code json}, in file order; check {@link #problems()} afterwards. */
    @SuppressWarnings("unchecked")
    public List<PaperReference> load(String json) {
        List<PaperReference> papers = new ArrayList<PaperReference>();
        JsonValue root;
        try {
            root = new JsonReader().parse(json);
        } catch (SerializationException e) {
            problems.add(FILE + ": broken JSON");
            return papers;
        }
        if (root == null || !root.isObject()) {
            problems.add(FILE + ": top level must be an object with \"version\" and \"papers\"");
            return papers;
        }
        JsonValue version = root.get("version");
        if (version == null || !version.isLong() || version.asLong() < 1) {
            problems.add(FILE + ": version must be a positive integer");
        } else if (version.asLong() > VERSION) {
            problems.add(FILE + ": version " + version.asLong() + " is newer than this app reads (" + VERSION + ")");
        }
        JsonValue list = root.get("papers");
        if (list == null || !list.isArray()) {
            problems.add(FILE + ": \"papers\" must be a list");
            return papers;
        }
        Set<String> ids = new HashSet<String>();
        int index = 0;
        for (JsonValue entry = list.child; entry != null; entry = entry.next) {
            String where = FILE + " entry " + index;
            index++;
            if (!entry.isObject()) {
                problems.add(where + ": must be an object");
                continue;
            }
            try {
                PaperReference paper = read((Map<String, Object>) JsonTrees.toPlain(entry), where);
                if (!ids.add(paper.id())) {
                    problems.add(FILE + " paper " + paper.id() + ": id is already used");
                } else {
                    papers.add(paper);
                }
            } catch (IllegalArgumentException e) {
                problems.add(e.getMessage());
            }
        }
        return papers;
    }

    private static PaperReference read(Map<String, Object> entry, String where) {
        EntryFields f = new EntryFields(entry, where);
        String id = f.requireString("id");
        f.namedAs(FILE + " paper " + id);
        String text = f.requireString("text");
        String url = f.requireString("url");
        if (!url.startsWith("https://") || url.length() <= "https://".length()) {
            throw f.error("url", "must be an https:// address, got \"" + url + "\"");
        }
        for (int i = 0; i < url.length(); i++) {
            char c = url.charAt(i);
            if (c <= ' ' || c == '"' || c == '<' || c == '>' || c == '\\' || c >= 127) {
                throw f.error("url", "must not hold spaces, quotes, angle brackets or non-ASCII characters");
            }
        }
        return new PaperReference(id, text, url);
    }
}
