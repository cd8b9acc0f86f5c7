package dev.kvcache.scenario;

import dev.kvcache.catalog.DeviceSpec;
import dev.kvcache.catalog.Directory;
import dev.kvcache.catalog.ModelSpec;

/**
 * A model or device name in a link or option resolved against the catalog: exactly or by alias,
 * else one clear near match (said so), else the current entry kept (said so). Junk never resolves.
 */
final class CatalogNames {
    private CatalogNames() {
    }

    /**
     * The id {@code value} names: exactly or by alias, else the one clear near match (with a notice),
     * else {@code current} (with a notice: an unknown name never switches to some other entry).
     */
    static <T> String resolve(Directory<T> directory, String what, String name, String value,
            String current, ParamNotices notices) {
        T found = directory.find(value);
        if (found != null) {
            return idOf(directory, found);
        }
        String suggestion = directory.suggest(value);
        if (suggestion != null) {
            notices.nearMatch(what, value, suggestion);
            return suggestion;
        }
        notices.unknownEntry(what, name, value);
        return current;
    }

    private static <T> String idOf(Directory<T> directory, T item) {
        if (item instanceof ModelSpec) {
            return ((ModelSpec) item).id();
        }
        return ((DeviceSpec) item).id();
    }
}
