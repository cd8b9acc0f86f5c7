package dev.kvcache.sim;

/** How long a tick's work took and what bound it, as a {@link StepTimer} answers. Reused every tick. */
public final class TickTime {
    private double seconds;
    private double prefillSeconds;
    private BoundBy bound = BoundBy.MEMORY;

    /** Sets the answer: the whole tick, the part until its prompts were prefilled, and the bound. */
    public void set(double tickSeconds, double untilPrefilledSeconds, BoundBy boundBy) {
        seconds = tickSeconds;
        prefillSeconds = untilPrefilledSeconds;
        bound = boundBy;
    }

    /** Seconds the tick's steps took. */
    public double seconds() {
        return seconds;
    }

    /** Seconds from the tick's start until this tick's prompts were prefilled (their first token). */
    public double prefillSeconds() {
        return prefillSeconds;
    }

    /** What bound the tick's decode steps. */
    public BoundBy bound() {
        return bound;
    }
}
