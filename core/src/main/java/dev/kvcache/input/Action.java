package dev.kvcache.input;

/** Everything a key, click or gesture can ask the app to do. */
public enum Action {
    PLAY_PAUSE("Play / pause"),
    SPEED_UP("Faster (0.5x, 1x, 2x, 10x, 100x)"),
    SPEED_DOWN("Slower"),
    NEXT_MODEL("Next model"),
    PREVIOUS_MODEL("Previous model"),
    MODEL_LIST("Model search: type, then Enter or a click"),
    NEXT_DEVICE("Next device"),
    PREVIOUS_DEVICE("Previous device"),
    NEXT_GPU_COUNT("More GPUs, chips or wafers (auto, 1, 2, 4 ... 1024)"),
    PREVIOUS_GPU_COUNT("Fewer GPUs, chips or wafers"),
    NEXT_CONTEXT("Longer context (4K ... 100M)"),
    PREVIOUS_CONTEXT("Shorter context"),
    BATCH_UP("Larger batch (1-32)"),
    BATCH_DOWN("Smaller batch"),
    NEXT_WEIGHT_PRECISION("Weight precision"),
    PREVIOUS_WEIGHT_PRECISION("Weight precision, backwards"),
    NEXT_KV_PRECISION("KV-cache precision"),
    PREVIOUS_KV_PRECISION("KV-cache precision, backwards"),
    TOGGLE_BATCHING("Continuous batching on / off"),
    TOGGLE_PAGING("Paging (PagedAttention) on / off"),
    TOGGLE_FLASH("FlashAttention on / off"),
    NEXT_PREFIX("Prefix caching workload: off, chat, RAG, agent"),
    NEXT_EVICTION("KV eviction: off, a StreamingLLM window of 4 + 2,000 tokens, a SnapKV budget of 2,048"),
    CYCLE_OFFLOAD("KV offload to host memory: off, 64, 256, 1024 GiB per GPU"),
    BW_EFFICIENCY_UP("Achieved memory bandwidth: a larger share of peak (0.5-0.9)"),
    BW_EFFICIENCY_DOWN("Achieved memory bandwidth: a smaller share"),
    FLOPS_EFFICIENCY_UP("Achieved tensor throughput: a larger share of peak (0.3-0.7)"),
    FLOPS_EFFICIENCY_DOWN("Achieved tensor throughput: a smaller share"),
    NEXT_DRAFT("Speculative decoding's draft: none, the model's MTP heads, a small model of its tokenizer"),
    TOGGLE_WEIGHTS("Show / hide the weights"),
    RESET("Reset the run"),
    SINGLE_STEP("One step"),
    SCREENSHOT("Save a screenshot"),
    FULLSCREEN("Fullscreen (desktop)"),
    COPY_LINK("Copy a link to this scenario"),
    BUDGET_VIEW("Memory budget: serving / training (or click the bar)"),
    NEXT_PAPER("Paper references: focus the next one"),
    OPEN_PAPER("Open the focused paper reference (the first if none), as a click on it does"),
    TOGGLE_MOTION("Reduced motion: stop waves, particles and pulses (the run goes on)"),
    TOGGLE_CLUSTER("Cluster view: every GPU and the links between them, or the single die"),
    HELP("This help"),
    CONSOLE("Console: batch = 4, fa = 0, pause ... (help)"),
    DEBUG("Debug log: memory, allocations, frame rate"),
    NOTICES("All notices (or click \"+N more\")"),
    CLOSE_OVERLAY("Close help, console, model search or list");

    /** What the help overlay says this action does. */
    public final String description;

    Action(String description) {
        this.description = description;
    }
}
