package dev.kvcache.catalog;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds models by what a person types into the model search: any part of the id, the name or an
 * alias, with case and punctuation ignored ("gemma 3" finds Gemma-3-27B). The model the text names
 * exactly comes first, then those with a name starting with it, then the rest, each in catalog order.
 */
public final class ModelSearch {
    /** How well a model matches; the order of the constants is the order of the results. */
    private enum Match {
        EXACT, PREFIX, PART, NONE
    }

    private final List<ModelSpec> models;
    /** For each model, the keys of its id, name and aliases ({@link NameKey}). */
    private final List<List<String>> keys = new ArrayList<List<String>>();

    public ModelSearch(Directory<ModelSpec> models) {
        this.models = models.all();
        for (ModelSpec m : this.models) {
            List<String> own = new ArrayList<String>();
            own.add(NameKey.of(m.id()));
            own.add(NameKey.of(m.name()));
            for (String alias : m.aliases()) {
                own.add(NameKey.of(alias));
            }
            keys.add(own);
        }
    }

    /** The models matching {@code typed}, best first; every model when it has no letter or digit. */
    public List<ModelSpec> matches(String typed) {
        String needle = NameKey.of(typed);
        List<ModelSpec> found = new ArrayList<ModelSpec>();
        for (Match wanted : new Match[] {Match.EXACT, Match.PREFIX, Match.PART}) {
            for (int i = 0; i < models.size(); i++) {
                if (match(keys.get(i), needle) == wanted) {
                    found.add(models.get(i));
                }
            }
        }
        return found;
    }

    private static Match match(List<String> own, String needle) {
        Match best = Match.NONE;
        for (String key : own) {
            Match m = key.equals(needle) ? Match.EXACT
                    : key.startsWith(needle) ? Match.PREFIX
                    : key.contains(needle) ? Match.PART : Match.NONE;
            if (m.ordinal() < best.ordinal()) {
                best = m;
            }
        }
        return best;
    }
}
