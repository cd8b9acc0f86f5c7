package dev.kvcache.render;

/** The cluster scene's key words, fixed so their layouts are made once. */
final class ClusterLegend {
    static final String WEIGHTS = "weights";
    static final String KV = "KV cache";
    static final String WORKSPACE = "workspace";
    static final String LINK = "link: share in use";

    private ClusterLegend() {
    }
}
