package dev.kvcache.sim;

/**
 * Speculative decoding's settings: which draft proposes tokens ({@link #NONE}, {@link #MTP} for the
 * model's own multi-token-prediction heads, or a catalog model id), how many it drafts per target
 * step ({@code draftK}) and the chance the target accepts each drafted token ({@code acceptance}).
 */
public final class Speculation {
    /** No draft: the field's value for "off". */
    public static final String NONE = "none";
    /** The target model's own MTP module as the draft (DeepSeek-V3). */
    public static final String MTP = "mtp";
    public static final int MIN_K = 1;
    public static final int MAX_K = 16;
    /** The usual draft length (vLLM's and SGLang's examples draft 4 to 5 tokens). */
    public static final int DEFAULT_K = 4;
    /**
     * 0.85: the low end of the 85-90% DeepSeek-V3 reports for its MTP-drafted second token
     * (DeepSeek-V3 Technical Report, arXiv 2412.19437, section 5.4.3).
     */
    public static final double DEFAULT_ACCEPTANCE = 0.85;
    /** Speculation off: what every scenario had before it existed. */
    public static final Speculation OFF = new Speculation(NONE, DEFAULT_K, DEFAULT_ACCEPTANCE);

    private final String draft;
    private final int draftK;
    private final double acceptance;

    /** Throws with a message naming the field when {@code draftK} or {@code acceptance} is out of range. */
    public Speculation(String draft, int draftK, double acceptance) {
        if (draft == null || draft.isEmpty()) {
            throw new IllegalArgumentException("draft must name none, mtp or a catalog model");
        }
        if (draftK < MIN_K || draftK > MAX_K) {
            throw new IllegalArgumentException("draftK must be between " + MIN_K + " and " + MAX_K + ", got " + draftK);
        }
        if (!(acceptance >= 0 && acceptance <= 1)) {
            throw new IllegalArgumentException("acceptance must be between 0 and 1, got " + acceptance);
        }
        this.draft = draft;
        this.draftK = draftK;
        this.acceptance = acceptance;
    }

    public String draft() {
        return draft;
    }

    public int draftK() {
        return draftK;
    }

    public double acceptance() {
        return acceptance;
    }

    /** True when a draft is set. */
    public boolean isOn() {
        return !NONE.equals(draft);
    }

    /** True when the draft is the model's own MTP module rather than a separate model. */
    public boolean isMtp() {
        return MTP.equals(draft);
    }

    /** The same draft with another draft length. */
    public Speculation withK(int k) {
        return new Speculation(draft, k, acceptance);
    }

    /** The same draft with another acceptance rate. */
    public Speculation withAcceptance(double a) {
        return new Speculation(draft, draftK, a);
    }

    /** Another draft, keeping the draft length and acceptance. */
    public Speculation withDraft(String id) {
        return new Speculation(id, draftK, acceptance);
    }

    /**
     * Expected tokens per target step (Leviathan et al. 2023, arXiv 2211.17192): (1 - a^(k+1)) / (1 - a)
     * for acceptance a and k drafted tokens; k + 1 when every draft is accepted.
     */
    public static double tokensPerStep(double a, int k) {
        if (a >= 1) {
            return k + 1;
        }
        return (1 - Math.pow(a, k + 1)) / (1 - a);
    }

    /** This draft's expected tokens per target step. */
    public double tokensPerStep() {
        return tokensPerStep(acceptance, draftK);
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof Speculation)) {
            return false;
        }
        Speculation s = (Speculation) o;
        return draft.equals(s.draft) && draftK == s.draftK && acceptance == s.acceptance;
    }

    @Override
    public int hashCode() {
        return draft.hashCode() * 31 * 31 + draftK * 31 + Double.valueOf(acceptance).hashCode();
    }
}
