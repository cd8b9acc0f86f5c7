package dev.kvcache.catalog;

/**
 * One published paper the panels cite: an id the views ask for ("vllm"), the line shown
 * ("PagedAttention: vLLM (SOSP'23, arXiv 2309.06180)") and the https address a click opens (the
 * arXiv abstract page or the proceedings). Immutable; read from {@code papers.json}.
 */
public final class PaperReference {
    private final String id;
    private final String text;
    private final String url;

    public PaperReference(String id, String text, String url) {
        this.id = id;
        this.text = text;
        this.url = url;
    }

    public String id() {
        return id;
    }

    /** The line the paper references panel shows. */
    public String text() {
        return text;
    }

    /** Where the paper is: an https address. */
    public String url() {
        return url;
    }

    /** The reference with {@code id} in {@code papers}, or null. */
    public static PaperReference find(Iterable<PaperReference> papers, String id) {
        for (PaperReference paper : papers) {
            if (paper.id.equals(id)) {
                return paper;
            }
        }
        return null;
    }

    @Override
    public String toString() {
        return text + " <" + url + ">";
    }
}
