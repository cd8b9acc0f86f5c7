package dev.kvcache.sim;

/**
 * The simulated serving clock: each tick advances it by the time its engine steps take on the GPUs
 * in use ({@link StepTimer}), and each request is stamped with its arrival, first admission, first
 * token and finish on it. Everything here is derived: no scheduling decision reads it, so the
 * simulation stays deterministic. No allocation per tick.
 */
final class ServingClock implements ServingView {
    private final StepTimer timer;
    /** Tokens a capped (sliding-window or chunked) layer reads at most; 0 when none is capped. */
    private final long window;
    /** Tokens an eviction bound lets a sequence keep, all that its decode steps read; {@link Long#MAX_VALUE}: all. */
    private final long kept;
    private final TickWork work = new TickWork();
    /** Sequences admitted since the tick began, to stamp their first token once it is timed. */
    private final Sequence[] admitted;
    private int admittedCount;
    private final TickTime time = new TickTime();
    private final double[] recentTtft = new double[RECENT];
    private final double[] recentTpot = new double[RECENT];
    private int recentCount;
    private int recentNext;
    private double seconds;
    private double tickStart;
    private double gpuSeconds;
    private long outputTokens;
    private long timed;
    private long tpotTimed;
    private double sumTtft;
    private double sumTpot;
    private double sumEndToEnd;
    private double sumQueue;

    ServingClock(StepTimer timer, int batch, long window, long kept) {
        this.timer = timer;
        this.window = window;
        this.kept = kept;
        this.admitted = new Sequence[batch];
    }

    /** Starts tallying the work of the tick about to run. */
    void startTick() {
        tickStart = seconds;
        work.clear();
        admittedCount = 0;
    }

    /**
     * {@code s} was just admitted: its prompt (or its tokens to recompute) is prefilled this tick but
     * for the part found in the prefix cache, or, back from host memory, {@code reloadBytesPerGpu}
     * (more than 0) cross each GPU's link instead.
     */
    void admitted(Sequence s, long reloadBytesPerGpu) {
        s.setStepsThisTick(0);
        if (reloadBytesPerGpu > 0) {
            work.addReload(reloadBytesPerGpu);
            // Its own blocks came back; the full blocks of a prefix it shares stayed on the GPU, and
            // those evicted meanwhile are prefilled again.
            work.addPrompt(s.sharedBlocks() * BlockSize.TOKENS_PER_BLOCK, s.cachedTokens(), window);
        } else {
            work.addPrompt(s.tokens(), s.cachedTokens(), window);
        }
        admitted[admittedCount++] = s;
    }

    /** {@code s} grew from {@code before} tokens this tick. */
    void decoded(Sequence s, long before) {
        s.setStepsThisTick(s.tokens() - before);
        work.addDecode(before, s.tokens(), window, kept);
    }

    /** The decoding sequences each took {@code steps} decode steps this tick (those that finished, fewer). */
    void decodeSteps(long steps) {
        work.setDecodeSteps(steps);
    }

    /** Sequences admitted outside a tick (a jump) take no serving time: their first token is now. */
    void untimedAdmissions() {
        stampAdmitted(seconds, seconds);
        work.clear();
    }

    /** Now, on the clock: until a tick is timed, its start; between ticks, the end of the last. */
    double now() {
        return seconds;
    }

    /** Times the tick's work on {@code gpus} GPUs and moves the clock past it. */
    void endTick(int gpus) {
        timer.time(gpus, work, time);
        double tick = time.seconds();
        seconds = tickStart + tick;
        gpuSeconds += tick * gpus;
        outputTokens += work.grownTokens;
        stampAdmitted(tickStart, tickStart + time.prefillSeconds());
    }

    private void stampAdmitted(double admittedSeconds, double firstTokenSeconds) {
        for (int i = 0; i < admittedCount; i++) {
            admitted[i].stampAdmission(admittedSeconds, firstTokenSeconds);
            admitted[i] = null;
        }
        admittedCount = 0;
    }

    /** When a sequence that took {@code steps} of this tick's decode steps produced its last token. */
    double timeAfterSteps(long steps) {
        if (work.decodeSteps <= 0) {
            return seconds;
        }
        return tickStart + time.seconds() * Math.min(1.0, (double) steps / work.decodeSteps);
    }

    /** Records a finished request's timings. */
    void finished(Sequence s, double finishSeconds) {
        double ttft = s.firstTokenSeconds() - s.arrivalSeconds();
        // The prefill yields the first token; each decode step after it one more.
        long decoded = s.targetTokens() - s.promptTokens();
        double tpot = decoded > 0 ? (finishSeconds - s.firstTokenSeconds()) / decoded : Double.NaN;
        timed++;
        sumTtft += ttft;
        sumEndToEnd += finishSeconds - s.arrivalSeconds();
        sumQueue += s.firstAdmittedSeconds() - s.arrivalSeconds();
        if (tpot == tpot) {
            tpotTimed++;
            sumTpot += tpot;
        }
        recentTtft[recentNext] = ttft;
        recentTpot[recentNext] = tpot;
        recentNext = (recentNext + 1) % RECENT;
        recentCount = Math.min(RECENT, recentCount + 1);
    }

    @Override
    public double seconds() {
        return seconds;
    }

    @Override
    public double gpuSeconds() {
        return gpuSeconds;
    }

    @Override
    public long outputTokens() {
        return outputTokens;
    }

    @Override
    public long requestsTimed() {
        return timed;
    }

    @Override
    public double meanTtftSeconds() {
        return mean(sumTtft, timed);
    }

    @Override
    public double meanTpotSeconds() {
        return mean(sumTpot, tpotTimed);
    }

    @Override
    public double meanEndToEndSeconds() {
        return mean(sumEndToEnd, timed);
    }

    @Override
    public double meanQueueSeconds() {
        return mean(sumQueue, timed);
    }

    @Override
    public double tokensPerSecond() {
        return seconds > 0 ? outputTokens / seconds : Double.NaN;
    }

    @Override
    public double tokensPerSecondPerUser() {
        return 1 / meanTpotSeconds();
    }

    @Override
    public double requestsPerSecond() {
        return seconds > 0 ? timed / seconds : Double.NaN;
    }

    @Override
    public BoundBy bound() {
        return time.bound();
    }

    @Override
    public double lastTickSeconds() {
        return time.seconds();
    }

    @Override
    public int recentCount() {
        return recentCount;
    }

    @Override
    public double recentTtftSeconds(int index) {
        return recentTtft[recentIndex(index)];
    }

    @Override
    public double recentTpotSeconds(int index) {
        return recentTpot[recentIndex(index)];
    }

    private int recentIndex(int index) {
        if (index < 0 || index >= recentCount) {
            throw new IndexOutOfBoundsException("recent request " + index + " of " + recentCount);
        }
        return (recentNext - 1 - index + RECENT) % RECENT;
    }

    private static double mean(double sum, long count) {
        return count > 0 ? sum / count : Double.NaN;
    }
}
