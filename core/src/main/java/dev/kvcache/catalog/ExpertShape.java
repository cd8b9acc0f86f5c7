package dev.kvcache.catalog;

/** Shape of a mixture-of-experts block: routed experts per layer, their width, and how many a token uses. */
public final class ExpertShape {
    /** A dense model: no experts. */
    public static final ExpertShape NONE = new ExpertShape(0, 0, 0, 0);

    public final int routedExperts;
    public final int expertsPerToken;
    public final int hidden;
    public final int expertIntermediate;

    public ExpertShape(int routedExperts, int expertsPerToken, int hidden, int expertIntermediate) {
        this.routedExperts = routedExperts;
        this.expertsPerToken = expertsPerToken;
        this.hidden = hidden;
        this.expertIntermediate = expertIntermediate;
    }

    public boolean isMoe() {
        return routedExperts > 0;
    }
}
