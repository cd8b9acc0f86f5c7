package dev.kvcache.catalog;

/** The attention family a model is labelled with in the views and the report. */
public enum AttentionKind {
    MHA("multi-head"),
    GQA("grouped-query"),
    MQA("multi-query"),
    MLA("multi-head latent"),
    SLIDING("sliding window"),
    CHUNKED("chunked local"),
    HYBRID_LINEAR("hybrid linear");

    private final String description;

    AttentionKind(String description) {
        this.description = description;
    }

    public String description() {
        return description;
    }

    /** The kind for a name as written in the catalog ({@code GQA}, {@code hybrid_linear}); null if unknown. */
    public static AttentionKind find(String name) {
        if (name == null) {
            return null;
        }
        String n = name.trim().toUpperCase().replace('-', '_').replace(' ', '_');
        for (AttentionKind k : values()) {
            if (k.name().equals(n)) {
                return k;
            }
        }
        return null;
    }
}
