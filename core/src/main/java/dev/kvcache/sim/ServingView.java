package dev.kvcache.sim;

/**
 * The serving clock as views read it: simulated seconds of serving (a separate clock from the
 * animation's ticks) and the request timings measured on it since the last rebuild.
 */
public interface ServingView {
    /** Finished requests remembered for the per-request strip. */
    int RECENT = 64;

    /** Simulated seconds of serving since the last rebuild. */
    double seconds();

    /** GPU-seconds: each tick's seconds times the GPUs in use then. */
    double gpuSeconds();

    /** Output tokens generated (decode steps of every sequence; prompts and recomputation excluded). */
    long outputTokens();

    /** Requests finished (the same count as {@link SimulationView#finishedCount()}). */
    long requestsTimed();

    /** Mean time to first token of finished requests: arrival to the end of their prefill, seconds; NaN before any. */
    double meanTtftSeconds();

    /** Mean time per output token after the first (finish minus first token, over the decode steps), seconds; NaN before any. */
    double meanTpotSeconds();

    /** Mean arrival-to-finish time, seconds; NaN before any. */
    double meanEndToEndSeconds();

    /** Mean time waiting for a slot (arrival to first admission), seconds; NaN before any. */
    double meanQueueSeconds();

    /** Output tokens per second over the run; NaN before any time has passed. */
    double tokensPerSecond();

    /** Tokens each user sees per second: one over the mean time per output token; NaN before any. */
    double tokensPerSecondPerUser();

    /** Requests finished per second over the run; NaN before any time has passed. */
    double requestsPerSecond();

    /** What bound the last tick's steps. */
    BoundBy bound();

    /** Seconds the last tick took. */
    double lastTickSeconds();

    /** How many recent finished requests {@link #recentTtftSeconds} and {@link #recentTpotSeconds} hold (at most {@link #RECENT}). */
    int recentCount();

    /** The {@code index}-th most recent finished request's time to first token (0 = newest), seconds. */
    double recentTtftSeconds(int index);

    /** The {@code index}-th most recent finished request's time per output token, seconds. */
    double recentTpotSeconds(int index);
}
