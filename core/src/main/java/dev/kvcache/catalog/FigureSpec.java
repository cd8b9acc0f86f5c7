package dev.kvcache.catalog;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What one placeholder of a {@link Factoid} stands for, in the engine's terms: a quantity name
 * ({@code kvBytesPerToken}, {@code weightsBytes}, {@code ratio} ...) and its settings, plain
 * values only: String, Long, Double, or a nested FigureSpec (the two sides of a ratio). Immutable;
 * {@link dev.kvcache.memory.FactoidFigures} evaluates it.
 */
public final class FigureSpec {
    private final String quantity;
    private final Map<String, Object> settings;

    /** @param settings every field but {@code quantity}; copied */
    public FigureSpec(String quantity, Map<String, Object> settings) {
        this.quantity = quantity;
        this.settings = Collections.unmodifiableMap(new LinkedHashMap<String, Object>(settings));
    }

    public String quantity() {
        return quantity;
    }

    /** Every setting, in file order. */
    public Map<String, Object> settings() {
        return settings;
    }

    public boolean has(String key) {
        return settings.containsKey(key);
    }

    /** A string setting, or {@code fallback} when absent. */
    public String text(String key, String fallback) {
        Object v = settings.get(key);
        return v instanceof String ? (String) v : fallback;
    }

    /** A numeric setting, or {@code fallback} when absent. */
    public double number(String key, double fallback) {
        Object v = settings.get(key);
        return v instanceof Number ? ((Number) v).doubleValue() : fallback;
    }

    /** A nested figure (one side of a ratio), or null. */
    public FigureSpec child(String key) {
        Object v = settings.get(key);
        return v instanceof FigureSpec ? (FigureSpec) v : null;
    }
}
