package dev.kvcache.sim;

/** What limits an engine step: reading memory, computing, or talking between GPUs. */
public enum BoundBy {
    MEMORY("memory"),
    COMPUTE("compute"),
    INTERCONNECT("interconnect");

    private final String word;

    BoundBy(String word) {
        this.word = word;
    }

    /** "memory", "compute" or "interconnect": the word the report and the state JSON print. */
    public String word() {
        return word;
    }
}
