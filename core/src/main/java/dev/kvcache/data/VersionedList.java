package dev.kvcache.data;

import com.badlogic.gdx.utils.JsonReader;
import com.badlogic.gdx.utils.JsonValue;
import com.badlogic.gdx.utils.SerializationException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads a shipped list file of the form {@code {"version": n, "<list>": [{"id": ..., ...}, ...]}}:
 * the JSON, the version, the list and unique ids are checked here once, and each entry is read by
 * the file's own {@link EntryReader}. Every problem names the file and the entry; bad entries are
 * left out, good ones kept.
 */
final class VersionedList {
    /** Reads one entry of a list file (throws IllegalArgumentException naming the field) and names its id. */
    interface EntryReader<T> {
        T read(Map<String, Object> entry, String where);

        String id(T item);
    }

    private VersionedList() {
    }

    /**
     * The entries of {@code json} read by {@code reader}; {@code file} and {@code kind} ("factoid",
     * "paper") name them in the problems added to {@code problems}.
     */
    @SuppressWarnings("unchecked")
    static <T> List<T> read(String json, String file, String listName, String kind, int version,
            EntryReader<T> reader, List<String> problems) {
        List<T> items = new ArrayList<T>();
        JsonValue root;
        try {
            root = new JsonReader().parse(json);
        } catch (SerializationException e) {
            problems.add(file + ": broken JSON: " + firstLine(e.getMessage()));
            return items;
        }
        if (root == null || !root.isObject()) {
            problems.add(file + ": top level must be an object with \"version\" and \"" + listName + "\"");
            return items;
        }
        JsonValue given = root.get("version");
        if (given == null || !given.isLong() || given.asLong() < 1) {
            problems.add(file + ": version must be a positive integer");
        } else if (given.asLong() > version) {
            problems.add(file + ": version " + given.asLong() + " is newer than this app reads (" + version + ")");
        }
        JsonValue list = root.get(listName);
        if (list == null || !list.isArray()) {
            problems.add(file + ": \"" + listName + "\" must be a list");
            return items;
        }
        Set<String> ids = new HashSet<String>();
        int index = 0;
        for (JsonValue entry = list.child; entry != null; entry = entry.next) {
            String where = file + " entry " + index;
            index++;
            if (!entry.isObject()) {
                problems.add(where + ": must be an object");
                continue;
            }
            try {
                T item = reader.read((Map<String, Object>) JsonTrees.toPlain(entry), where);
                if (!ids.add(reader.id(item))) {
                    problems.add(file + " " + kind + " " + reader.id(item) + ": id is already used");
                } else {
                    items.add(item);
                }
            } catch (IllegalArgumentException e) {
                problems.add(e.getMessage());
            }
        }
        return items;
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "unreadable";
        }
        int end = message.indexOf('\n');
        return end < 0 ? message : message.substring(0, end);
    }
}
