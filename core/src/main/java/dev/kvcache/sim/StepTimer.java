package dev.kvcache.sim;

/**
 * The time model behind the serving clock: how long a tick's engine steps take on a given number of
 * GPUs. The memory engine's side supplies it (through {@link MemorySpec}); the simulation only asks.
 * Its answers are derived values: they never feed back into scheduling, so runs stay deterministic
 * whatever the timer says.
 */
public interface StepTimer {
    /** No time model: every tick takes no time (specs built without one, such as tests' fakes). */
    StepTimer NONE = new StepTimer() {
        @Override
        public void time(int gpus, TickWork work, TickTime out) {
            out.set(0, 0, BoundBy.MEMORY);
        }
    };

    /** Times {@code work} on the layout the engine uses for {@code gpus} GPUs into {@code out}. Called every tick: must not allocate. */
    void time(int gpus, TickWork work, TickTime out);
}
