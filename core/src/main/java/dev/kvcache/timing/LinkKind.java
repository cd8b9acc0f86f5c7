package dev.kvcache.timing;

/** The traffic a layout puts on the links, by what moves it: the report's {@code kind} and the view's words. */
public enum LinkKind {
    /** Two all-reduces of the step's activations per layer among a tensor-parallel group. */
    TP_ALL_REDUCE("tp-all-reduce", "tensor-parallel all-reduce"),
    /** Each pipeline stage hands its micro-batches' activations to the next. */
    PP_HAND_OFF("pp-hand-off", "pipeline hand-off"),
    /** Context-parallel groups exchange partial attention (decode) or new tokens' KV (prefill). */
    CP_KV_EXCHANGE("cp-kv-exchange", "context-parallel KV exchange");

    /** The kinds in order, made once (values() copies its array on every call). */
    public static final LinkKind[] VALUES = values();

    private final String id;
    private final String words;

    LinkKind(String id, String words) {
        this.id = id;
        this.words = words;
    }

    /** The report's spelling. */
    public String id() {
        return id;
    }

    /** What the view calls it. */
    public String words() {
        return words;
    }
}
