package dev.kvcache.memory;

import java.util.Collections;
import java.util.List;

/**
 * A rendered factoid with what it talks about: the ids of the models and devices it names, so the
 * ticker can prefer sentences about the scene on screen. Immutable.
 */
public final class FactoidLine {
    private final String text;
    private final List<String> modelIds;
    private final List<String> deviceIds;

    public FactoidLine(String text, List<String> modelIds, List<String> deviceIds) {
        this.text = text;
        this.modelIds = Collections.unmodifiableList(modelIds);
        this.deviceIds = Collections.unmodifiableList(deviceIds);
    }

    public String text() {
        return text;
    }

    /** Catalog ids of the models it names (by figure or by name in its text); empty for general facts. */
    public List<String> modelIds() {
        return modelIds;
    }

    /** Catalog ids of the devices its figures use. */
    public List<String> deviceIds() {
        return deviceIds;
    }
}
