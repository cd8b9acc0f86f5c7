package dev.kvcache.sim;

/**
 * The serving simulation's public surface: {@link #step()} runs one tick (one decode step), commands
 * apply between ticks, the view reads state through read-only views and drains {@link #events()}.
 * It never sees a frame delta: speed only tells the app's clock how many ticks to run per second.
 *
 * <pre>
 * Simulation sim = new Simulation(memoryEngineAdapter, SimSettings.builder().build());
 * // The host's fixed-step clock, while the host plays: run whole ticks at
 * // sim.settings().speed() * TickRate.TICKS_PER_SECOND_AT_1X per second of real time.
 * sim.step();
 * // Once a frame: sim.events().drain(view); then read sim.memory(), sim.blocks(), sim.sequenceInSlot(i).
 * </pre>
 */
public final class Simulation implements SimulationView {
    private final SpecProvider provider;
    private final SimEventQueue events = new SimEventQueue();
    private final StateHasher hasher = new StateHasher();
    private final BlockListener blockEvents = new BlockEvents();

    private SimSettings settings;
    private SplitMix64 random;
    private KvBlockAllocator allocator;
    private GpuPool gpus;
    private BatchScheduler scheduler;
    private MemoryUsage memory;
    private HostTier host;
    private ServingClock clock;
    private long tick;
    private UsageLevel level = UsageLevel.OK;
    /** The level the memory in use gives, and the blocks and GPUs it was worked out for. */
    private UsageLevel levelByUse = UsageLevel.OK;
    private long levelBlocks = -1;
    private int levelGpus = -1;
    private long builds;

    public Simulation(SpecProvider provider, SimSettings settings) {
        this.provider = provider;
        rebuild(settings);
    }

    /** Runs one tick. Whether ticks run at all (play, pause) is the host's business, not the simulation's. */
    public void step() {
        scheduler.runTick(tick);
        tick++;
        updateLevel();
    }

    // ---- commands (between ticks) ----

    /** Starts over with the same settings: same seed, same run. */
    public void reset() {
        rebuild(settings);
    }

    /** Adopts {@code newSettings}; anything beyond speed changes the scenario and rebuilds the state. */
    public void apply(SimSettings newSettings) {
        if (newSettings.sameScenarioAs(settings)) {
            settings = newSettings;
        } else {
            rebuild(newSettings);
        }
    }

    /**
     * Puts every running sequence at {@code tokens} (the console's {@code currentTokens = N}),
     * first raising the context to the smallest preset holding it. With a fixed GPU count, sequences
     * that no longer fit are preempted at once.
     */
    public void jumpToTokens(long tokens) {
        if (tokens < 0) {
            throw new IllegalArgumentException("tokens must be >= 0: " + tokens);
        }
        if (tokens > settings.contextTokens()) {
            apply(settings.toBuilder().contextTokens(ContextPresets.atLeast(tokens)).build());
        }
        scheduler.jumpTo(tokens, tick);
        updateLevel();
    }

    // ---- read-only state ----

    @Override
    public SimSettings settings() {
        return settings;
    }

    /** Ticks run since the last rebuild. */
    @Override
    public long tick() {
        return tick;
    }

    @Override
    public MemoryUsage memory() {
        return memory;
    }

    @Override
    public UsageLevel level() {
        return level;
    }

    @Override
    public BlockMap blocks() {
        return allocator;
    }

    /** Batch slots (the selected batch size); each holds a sequence or is empty. */
    @Override
    public int slotCount() {
        return scheduler.slotCount();
    }

    /** The sequence in {@code slot} (0-based), or null when the slot is empty. */
    @Override
    public SequenceView sequenceInSlot(int slot) {
        return scheduler.inSlot(slot);
    }

    /** Tokens of the longest running sequence (0 when none runs): how far the batch has come. */
    @Override
    public long longestTokens() {
        long longest = 0;
        for (int slot = 0; slot < slotCount(); slot++) {
            SequenceView sequence = sequenceInSlot(slot);
            if (sequence != null) {
                longest = Math.max(longest, sequence.tokens());
            }
        }
        return longest;
    }

    @Override
    public int waitingCount() {
        return scheduler.waitingCount();
    }

    /** The {@code index}-th waiting request in admission order. */
    @Override
    public SequenceView waiting(int index) {
        return scheduler.waiting(index);
    }

    @Override
    public AdmissionBlock admissionBlock() {
        return scheduler.admissionBlock();
    }

    @Override
    public long finishedCount() {
        return scheduler.finishedCount();
    }

    @Override
    public long preemptionCount() {
        return scheduler.preemptionCount();
    }

    /** True when a workload with a request limit has been served entirely. */
    @Override
    public boolean isWorkloadDone() {
        return scheduler.isWorkloadDone();
    }

    /** Host memory holding offloaded KV blocks (capacity 0 when offload is off). */
    @Override
    public HostTierView host() {
        return host;
    }

    /** The simulated serving clock and the request timings measured on it. */
    @Override
    public ServingView serving() {
        return clock;
    }

    /** Events since the view last drained them. */
    @Override
    public SimEventQueue events() {
        return events;
    }

    /** A hash of the whole state; walks every extent (O(extents)), meant for tests and debugging. */
    public long stateHash() {
        return hasher.hash(tick, random, gpus, allocator, scheduler);
    }

    /**
     * How many times the state was built: 1 at construction, one more per reset or scenario change.
     * Building costs a layout search, so tests count it (a link must build the simulation once).
     */
    public long builds() {
        return builds;
    }

    /** Structural problems of the block pool, or null. For tests. */
    String checkAllocatorInvariants() {
        return allocator.checkInvariants();
    }

    /** Blocks the waiting sequences hold in host memory, summed: what the host tier must hold. For tests. */
    long hostBlocksWaiting() {
        return scheduler.hostBlocksWaiting();
    }

    /** Replaces the whole state; if the provider fails, nothing has changed yet. */
    private void rebuild(SimSettings newSettings) {
        String refusal = newSettings.whyNotSimulated();
        if (refusal != null) {
            throw new IllegalArgumentException(refusal);
        }
        MemoryLayout layout = new MemoryLayout(provider.specFor(newSettings), newSettings);
        settings = newSettings;
        random = new SplitMix64(settings.seed());
        tick = 0;
        events.clear();
        events.add(SimEventType.REBUILT, tick);
        PrefixWorkload prefix = PrefixWorkload.runIn(settings);
        allocator = KvBlockAllocator.create(settings.paging(), prefix.chains(settings.batch()), blockEvents);
        gpus = new GpuPool(settings.gpuCount(), layout, allocator, events);
        host = new HostTier(settings.offload(), layout, gpus.count());
        RequestSource requests = new RequestSource(random, settings.contextTokens(), settings.requestLimit(), prefix,
                settings.batch());
        clock = new ServingClock(layout.spec().timer(), settings.batch(), layout.spec().windowTokens(),
                layout.spec().keptTokensBound());
        scheduler = new BatchScheduler(settings, layout, allocator, gpus, requests, events, clock, host);
        memory = new MemoryUsage(layout, allocator, gpus, scheduler);
        levelBlocks = -1;
        levelGpus = -1;
        level = currentLevel();
        builds++;
    }

    private void updateLevel() {
        UsageLevel now = currentLevel();
        if (now != level) {
            events.add(SimEventType.THRESHOLD_CROSSED, tick).change(level.ordinal(), now.ordinal());
            level = now;
        }
    }

    /**
     * CRITICAL at 100% or when the pool refused blocks this tick; WARNING from 80%. The memory in use
     * depends only on the blocks held and the GPU count, which most ticks leave as they were, so
     * the fraction is worked out again only when one of them changed.
     */
    private UsageLevel currentLevel() {
        if (scheduler.poolRefused()) {
            return UsageLevel.CRITICAL;
        }
        long blocks = allocator.usedBlocks();
        int count = gpus.count();
        if (blocks != levelBlocks || count != levelGpus) {
            levelByUse = UsageLevel.of(memory.usageFraction());
            levelBlocks = blocks;
            levelGpus = count;
        }
        return levelByUse;
    }

    /** Reports block runs changing hands as events naming the slot's sequence. */
    private final class BlockEvents implements BlockListener {
        @Override
        public void blocksAllocated(int slot, long startBlock, long blockCount) {
            events.addBlocks(SimEventType.BLOCKS_ALLOCATED, tick, idInSlot(slot), slot, startBlock, blockCount);
        }

        @Override
        public void blocksFreed(int slot, long startBlock, long blockCount) {
            events.addBlocks(SimEventType.BLOCKS_FREED, tick, idInSlot(slot), slot, startBlock, blockCount);
        }

        private long idInSlot(int slot) {
            // Shared prefix blocks belong to a chain, numbered after the slots, not to one sequence.
            Sequence s = slot < scheduler.slotCount() ? scheduler.inSlot(slot) : null;
            return s == null ? 0L : s.id();
        }
    }
}
