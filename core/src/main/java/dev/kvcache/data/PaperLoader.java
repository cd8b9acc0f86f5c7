package dev.kvcache.data;

import dev.kvcache.catalog.PaperReference;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

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
    public List<PaperReference> load(String json) {
        return VersionedList.read(json, FILE, "papers", "paper", VERSION,
                new VersionedList.EntryReader<PaperReference>() {
            @Override
            public PaperReference read(Map<String, Object> entry, String where) {
                return PaperLoader.read(entry, where);
            }

            @Override
            public String id(PaperReference item) {
                return item.id();
            }
        }, problems);
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
