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
    /** A suggestion needs at least this many letters and digits in the name... */
    private static final int MIN_SUGGEST_CHARS = 3;
    /** ...and at most this many edits from a known name. */
    private static final int MAX_SUGGEST_DISTANCE = 2;

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

    /**
     * The id {@code name} clearly means though it names nothing, or null: the one id within a small
     * edit distance (at most 2, and at most a third of the name's length), else the one id a name
     * starts with. The name needs 3 characters and a letter, so numbers and markup never match
     * ({@code 12345}, {@code <script>}); two ids equally near are no clear match either.
     */
    public String suggest(String name) {
        String key = NameKey.of(name);
        if (key.length() < MIN_SUGGEST_CHARS || !hasLetter(key)) {
            return null;
        }
        int allowed = Math.min(MAX_SUGGEST_DISTANCE, key.length() / 3);
        String nearest = null;
        int nearestDistance = Integer.MAX_VALUE;
        boolean tied = false;
        String prefixed = null;
        boolean prefixShared = false;
        for (Map.Entry<String, T> e : byKey.entrySet()) {
            String known = e.getKey();
            String id = ids.get(items.indexOf(e.getValue()));
            // Names far longer or shorter cannot be near: skipping them keeps a 100,000-character name cheap.
            int d = Math.abs(known.length() - key.length()) > allowed ? Integer.MAX_VALUE : NameKey.distance(key, known);
            if (d < nearestDistance) {
                nearestDistance = d;
                nearest = id;
                tied = false;
            } else if (d == nearestDistance && !id.equals(nearest)) {
                tied = true;
            }
            if (known.startsWith(key)) {
                prefixShared = prefixShared || (prefixed != null && !prefixed.equals(id));
                prefixed = id;
            }
        }
        if (nearestDistance <= allowed && !tied) {
            return nearest;
        }
        return prefixShared ? null : prefixed;
    }

    private static boolean hasLetter(String key) {
        for (int i = 0; i < key.length(); i++) {
            if (key.charAt(i) >= 'a' && key.charAt(i) <= 'z') {
                return true;
            }
        }
        return false;
    }

    public T next(T current) {
        return items.get((items.indexOf(current) + 1) % items.size());
    }

    public T previous(T current) {
        return items.get((items.indexOf(current) - 1 + items.size()) % items.size());
    }
}
