package dev.kvcache.catalog;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * One language model as the engine needs it: identity and aliases, attention layout, where its
 * parameters sit, its expert shape, published sizes, native weight format and trained context.
 * Built by the Hugging Face config importer (for catalog entries too); immutable.
 */
public final class ModelSpec {
    private final String id;
    private final String name;
    private final List<String> aliases;
    private final String source;
    private final AttentionLayout attention;
    private final ParameterCount derivedParams;
    private final ExpertShape experts;
    private final long publishedTotalParams;
    private final long publishedActiveParams;
    private final Precision nativeWeights;
    private final long maxContext;
    private final int hidden;
    private final int intermediate;
    private final int vocab;
    private final long rotaryTableElements;
    private final long mtpParams;

    private ModelSpec(Builder b) {
        this.id = b.id;
        this.name = b.name == null ? b.id : b.name;
        this.aliases = Collections.unmodifiableList(new ArrayList<String>(b.aliases));
        this.source = b.source == null ? "" : b.source;
        this.attention = b.attention;
        this.derivedParams = b.derivedParams;
        this.experts = b.experts == null ? ExpertShape.NONE : b.experts;
        this.publishedTotalParams = b.publishedTotalParams;
        this.publishedActiveParams = b.publishedActiveParams;
        this.nativeWeights = b.nativeWeights == null ? Precision.BF16 : b.nativeWeights;
        this.maxContext = b.maxContext;
        this.hidden = b.hidden;
        this.intermediate = b.intermediate;
        this.vocab = b.vocab;
        this.rotaryTableElements = b.rotaryTableElements;
        this.mtpParams = b.mtpParams;
    }

    /** Parameters of the model's own multi-token-prediction (MTP) draft module; 0 when it has none. */
    public long mtpParams() {
        return mtpParams;
    }

    public String id() {
        return id;
    }

    public String name() {
        return name;
    }

    public List<String> aliases() {
        return aliases;
    }

    /** Hugging Face repository or file the figures come from. */
    public String source() {
        return source;
    }

    public AttentionLayout attention() {
        return attention;
    }

    public int layers() {
        return attention.layerCount();
    }

    /** The parameter split derived from the architecture's dimensions. */
    public ParameterCount derivedParams() {
        return derivedParams;
    }

    public ExpertShape experts() {
        return experts;
    }

    /** Published total (model card); 0 when unknown. */
    public long publishedTotalParams() {
        return publishedTotalParams;
    }

    /** Total parameters: the published figure when there is one, else the derived count. */
    public long totalParams() {
        return publishedTotalParams > 0 ? publishedTotalParams : derivedParams.total();
    }

    public long activeParams() {
        return publishedActiveParams > 0 ? publishedActiveParams : derivedParams.active();
    }

    public Precision nativeWeights() {
        return nativeWeights;
    }

    /** The trained maximum context (max_position_embeddings), in tokens. */
    public long maxContext() {
        return maxContext;
    }

    public int hidden() {
        return hidden;
    }

    /** Dense MLP width (or expert width x experts per token for MoE), for activation estimates. */
    public int intermediate() {
        return intermediate;
    }

    public int vocab() {
        return vocab;
    }

    /** Elements of the rotary cos/sin tables a serving engine precomputes (positions x rotary dim). */
    public long rotaryTableElements() {
        return rotaryTableElements;
    }

    /** Step-by-step construction; {@link #build()} checks the required parts. */
    public static final class Builder {
        private long mtpParams;
        private String id;
        private String name;
        private final List<String> aliases = new ArrayList<String>();
        private String source;
        private AttentionLayout attention;
        private ParameterCount derivedParams;
        private ExpertShape experts;
        private long publishedTotalParams;
        private long publishedActiveParams;
        private Precision nativeWeights;
        private long maxContext;
        private int hidden;
        private int intermediate;
        private int vocab;
        private long rotaryTableElements;

        public Builder id(String value) {
            this.id = value;
            return this;
        }

        public Builder name(String value) {
            this.name = value;
            return this;
        }

        public Builder alias(String value) {
            this.aliases.add(value);
            return this;
        }

        public Builder source(String value) {
            this.source = value;
            return this;
        }

        public Builder attention(AttentionLayout value) {
            this.attention = value;
            return this;
        }

        public Builder derivedParams(ParameterCount value) {
            this.derivedParams = value;
            return this;
        }

        public Builder experts(ExpertShape value) {
            this.experts = value;
            return this;
        }

        public Builder publishedParams(long total, long active) {
            this.publishedTotalParams = total;
            this.publishedActiveParams = active;
            return this;
        }

        public Builder nativeWeights(Precision value) {
            this.nativeWeights = value;
            return this;
        }

        public Builder maxContext(long value) {
            this.maxContext = value;
            return this;
        }

        public Builder dims(int hiddenSize, int intermediateSize, int vocabSize) {
            this.hidden = hiddenSize;
            this.intermediate = intermediateSize;
            this.vocab = vocabSize;
            return this;
        }

        public Builder mtpParams(long value) {
            this.mtpParams = value;
            return this;
        }

        public Builder rotaryTableElements(long value) {
            this.rotaryTableElements = value;
            return this;
        }

        public ModelSpec build() {
            if (id == null || id.isEmpty()) {
                throw new IllegalArgumentException("model: id is missing");
            }
            if (attention == null || derivedParams == null) {
                throw new IllegalArgumentException("model " + id + ": architecture is missing");
            }
            return new ModelSpec(this);
        }
    }
}
