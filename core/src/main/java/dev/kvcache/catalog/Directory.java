package dev.kvcache.catalog;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * An ordered set of catalog entries found by id, name or alias (case and punctuation ignored),
 * with "did you mean" suggestions and wrap-around next / previous for cycling in the view.
 */
public final class Directory<T> {
    private final String what;
    private final List<T> items = new ArrayList<T>();
    private final List<String> ids = new ArrayList<String>();
    private final Map<String, T> byKey = new HashMap<String, T>();

    public Directory(String what) {
        this.what = what;
    }

    /** Adds an entry; returns the problems (names already taken), empty when none. */
    public List<String> add(T item, String id, String name, List<String> aliases) {
        List<String> problems = new ArrayList<String>();
        if (byKey.containsKey(NameKey.of(id))) {
            problems.add(what + " " + id + ": id is already used");
            return problems;
        }
        items.add(item);
        ids.add(id);
        List<String> names = new ArrayList<String>();
        names.add(id);
        names.add(name);
        names.addAll(aliases);
        for (String n : names) {
            String key = NameKey.of(n);
            T other = byKey.get(key);
            if (key.isEmpty()) {
                problems.add(what + " " + id + ": empty name or alias");
            } else if (other != null && other != item) {
                problems.add(what + " " + id + ": alias '" + n + "' is already used by "
                        + ids.get(items.indexOf(other)));
            } else {
                byKey.put(key, item);
            }
        }
        return problems;
    }

    public List<T> all() {
        return Collections.unmodifiableList(items);
    }

    public int size() {
        return items.size();
    }

    /** The entry with this id, name or alias, or null. */
    public T find(String name) {
        return byKey.get(NameKey.of(name));
    }

    /** The entry, or an exception naming the closest known id. */
    public T require(String name) {
        T found = find(name);
        if (found == null) {
            String hint = suggest(name);
            throw new IllegalArgumentException("unknown " + what + " '" + name + "'"
                    + (hint == null ? "" : "; did you mean " + hint + "?"));
        }
        return found;
    }

    /** The id whose name or alias is closest to {@code name} (by edit distance), or null if none is near. */
    public String suggest(String name) {
        String key = NameKey.of(name);
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (Map.Entry<String, T> e : byKey.entrySet()) {
            int d = NameKey.distance(key, e.getKey());
            String id = ids.get(items.indexOf(e.getValue()));
            if (d < bestDistance || (d == bestDistance && best != null && id.compareTo(best) < 0)) {
                bestDistance = d;
                best = id;
            }
        }
        return bestDistance <= Math.max(3, key.length() / 2) ? best : null;
    }

    public T next(T current) {
        return items.get((items.indexOf(current) + 1) % items.size());
    }

    public T previous(T current) {
        return items.get((items.indexOf(current) - 1 + items.size()) % items.size());
    }
}
