package dev.kvcache.sim;

/**
 * Runs one tick of serving as vLLM v1's scheduler runs a step (vllm/v1/core/sched/scheduler.py,
 * {@code Scheduler.schedule}): top up the waiting queue, grow the running sequences first, one decode
 * step each in admission order, then admit waiting requests into free slots (FIFO by arrival tick,
 * then id) only if no sequence was preempted this tick and only while their blocks fit, then apply
 * finishes at the end of the tick.
 *
 * <p>When a fixed GPU count runs out of blocks with paging on, the newest running sequence (the last
 * admitted, vLLM's {@code self.running.pop()}) is preempted at once and its blocks freed, again until
 * the growing sequence fits or is itself the newest, as vLLM's recompute policy does. Running
 * sequences thus always get their blocks before a waiting one, so a preempted sequence cannot come
 * straight back, take the blocks the others need and have them preempted in turn. With KV offload a
 * victim whose cache fits the host tier moves it there instead and reloads it on return (vLLM's swap
 * policy).
 */
final class BatchScheduler {
    private final BatchingMode batching;
    private final long contextTokens;
    private final long tokensPerTick;
    private final ServingClock clock;
    private final KvBlockAllocator allocator;
    /** The allocator when it shares prefixes (prefix caching on), else null. */
    private final PagedAllocator sharing;
    /** The spec's eviction bound on a sequence's tokens (Long.MAX_VALUE: none): blocks stop growing there. */
    private final long keptTokens;
    private final GpuPool gpus;
    private final RequestSource requests;
    private final SequencePool pool;
    private final WaitingQueue waiting;
    private final SimEventQueue events;
    private final HostTier host;
    private final Sequence[] slots;
    /** Occupied slots, all of them (so a full batch has no free slot), in admission order; the last is the newest. */
    private final int[] runOrder;
    private int runCount;
    private long admissions;
    /** True once a sequence was preempted in the current tick: vLLM admits no waiting request then. */
    private boolean preemptedThisTick;
    private boolean poolRefused;
    private AdmissionBlock admissionBlock = AdmissionBlock.NONE;
    private long finishedCount;
    private long preemptionCount;

    BatchScheduler(SimSettings settings, MemoryLayout layout, KvBlockAllocator allocator, GpuPool gpus,
            RequestSource requests, SimEventQueue events, ServingClock clock, HostTier host) {
        this.batching = settings.batching();
        this.contextTokens = settings.contextTokens();
        this.tokensPerTick = TickRate.tokensPerTick(contextTokens);
        this.allocator = allocator;
        this.sharing = allocator.prefixCache() != null ? (PagedAllocator) allocator : null;
        this.keptTokens = layout.spec().keptTokensBound();
        this.gpus = gpus;
        this.requests = requests;
        this.events = events;
        this.clock = clock;
        this.host = host;
        int batch = settings.batch();
        slots = new Sequence[batch];
        runOrder = new int[batch];
        pool = new SequencePool(batch, layout, allocator);
        waiting = new WaitingQueue(3 * batch);
    }

    void runTick(long tick) {
        poolRefused = false;
        preemptedThisTick = false;
        clock.startTick();
        refill(tick);
        grow(tick);
        admit(tick);
        clock.endTick(gpus.count());
        applyFinishes(tick);
    }

    /**
     * Puts every running sequence at {@code tokens} (capped by the context, or with paging off by
     * its reserved maximum), raising targets past it; admits a first batch if nothing runs.
     * Sequences that no longer fit are preempted at once, the newest first.
     */
    void jumpTo(long tokens, long tick) {
        poolRefused = false;
        preemptedThisTick = false;
        if (runCount == 0) {
            refill(tick);
            admit(tick);
            clock.untimedAdmissions();
        }
        for (int i = 0; i < runCount; i++) {
            Sequence s = slots[runOrder[i]];
            if (s.state() != SequenceState.RUNNING) {
                continue;
            }
            // A contiguous region cannot grow past the maximum it reserved; pages can, up to the context.
            long ceiling = allocator.paging() == PagingMode.PAGED ? contextTokens : s.maxTokens();
            long jumped = Math.min(tokens, ceiling);
            s.raiseTarget(Math.min(ceiling, jumped + tokensPerTick));
            if (jumped < s.tokens()) {
                allocator.shrinkTo(s.colourSlot(), ownBlocks(s, jumped));
                s.setTokens(jumped);
            } else if (reserve(s, ownBlocks(s, jumped), tick)) {
                s.setTokens(jumped);
            } else if (s.state() == SequenceState.WAITING) {
                // It was the newest and preempted itself: the next sequence moved into its place.
                i--;
            }
        }
    }

    private void refill(long tick) {
        while (waiting.size() < slots.length && requests.hasNext()) {
            Sequence s = pool.obtain();
            requests.next(s, tick, clock.now());
            waiting.add(s);
        }
    }

    private void admit(long tick) {
        admissionBlock = AdmissionBlock.NONE;
        if (waiting.size() == 0) {
            return;
        }
        if (batching == BatchingMode.STATIC && runCount > 0) {
            admissionBlock = AdmissionBlock.NO_FREE_SLOT;
            return;
        }
        if (preemptedThisTick) {
            // vLLM schedules waiting requests only "if not preempted_reqs": the pool is short.
            admissionBlock = AdmissionBlock.NO_MEMORY;
            return;
        }
        while (waiting.size() > 0) {
            int slot = freeSlot();
            if (slot < 0) {
                admissionBlock = AdmissionBlock.NO_FREE_SLOT;
                return;
            }
            Sequence next = waiting.peek();
            // In the slot before taking blocks, so block events name their sequence.
            slots[slot] = next;
            if (!(sharing != null && next.prefixChain() >= 0 ? admitSharing(next, slot, tick) : admitAlone(next, slot, tick))) {
                slots[slot] = null;
                return;
            }
            waiting.poll();
            admissions++;
            next.admit(slot, tick, admissions);
            long reloaded = next.hostBlocks();
            if (reloaded > 0) {
                // Back from host memory: its blocks cross the link instead of being prefilled again.
                host.moveIn(reloaded);
                next.reloaded();
            }
            clock.admitted(next, reloaded > 0 ? host.bytesPerGpuOf(reloaded, gpus.count()) : 0L);
            runOrder[runCount++] = slot;
            events.add(SimEventType.SEQUENCE_ADMITTED, tick).sequence(next.id(), slot);
        }
    }

    /** Takes a request's blocks; false (nothing taken, the block recorded) when they do not fit. */
    private boolean admitAlone(Sequence next, int slot, long tick) {
        long blocks = blocksFor(next.startTokens());
        long maxBlocks = blocksFor(next.maxTokens());
        if (!allocator.admit(slot, blocks, maxBlocks)
                && !(gpus.ensureCapacity(allocator.capacityToAdmit(blocks, maxBlocks), tick)
                        && allocator.admit(slot, blocks, maxBlocks))) {
            admissionBlock = allocator.refusal(blocks, maxBlocks);
            poolRefused = admissionBlock == AdmissionBlock.NO_MEMORY;
            return false;
        }
        return true;
    }

    /** The same for a request sharing a prefix: the cached full blocks of it are not prefilled. */
    private boolean admitSharing(Sequence next, int slot, long tick) {
        int chain = next.prefixChain();
        long shared = next.sharedBlocks();
        long own = ownBlocks(next, next.startTokens());
        long cached = sharing.admitSharing(slot, chain, next.prefixEpoch(), shared, own);
        if (cached < 0 && gpus.ensureCapacity(sharing.capacityToAdmitSharing(chain, next.prefixEpoch(), shared, own), tick)) {
            cached = sharing.admitSharing(slot, chain, next.prefixEpoch(), shared, own);
        }
        if (cached < 0) {
            admissionBlock = AdmissionBlock.NO_MEMORY;
            poolRefused = true;
            return false;
        }
        long hit = cached * BlockSize.TOKENS_PER_BLOCK;
        next.setCachedTokens(hit);
        sharing.prefixCache().countLookup(next.startTokens(), hit);
        return true;
    }

    private void grow(long tick) {
        for (int i = 0; i < runCount; i++) {
            Sequence s = slots[runOrder[i]];
            // Admitted this tick (only by a jump's first batch): the prefill was its step.
            if (s.state() != SequenceState.RUNNING || s.admittedTick() == tick) {
                continue;
            }
            long before = s.tokens();
            long grown = Math.min(before + tokensPerTick, s.targetTokens());
            if (reserve(s, ownBlocks(s, grown), tick)) {
                s.setTokens(grown);
                clock.decoded(s, before);
            } else if (s.state() == SequenceState.WAITING) {
                // It was the newest and preempted itself: the next sequence moved into its place.
                i--;
            }
        }
        clock.decodeSteps(tokensPerTick);
    }

    /** Blocks a sequence of {@code tokens} holds: those of the tokens its cache keeps. */
    private long blocksFor(long tokens) {
        return BlockSize.blocksFor(Math.min(tokens, keptTokens));
    }

    /** Blocks {@code s} holds itself at {@code tokens}: all but the full blocks of a prefix it shares. */
    private long ownBlocks(Sequence s, long tokens) {
        return Math.max(0L, blocksFor(tokens) - s.sharedBlocks());
    }

    /**
     * Makes {@code s} hold {@code blocks}, adding GPUs (auto) or, with a fixed count, preempting the newest
     * running sequence and trying again, as vLLM's {@code allocate_slots} loop does; false when {@code s} was it.
     */
    private boolean reserve(Sequence s, long blocks, long tick) {
        int slot = s.colourSlot();
        while (true) {
            if (allocator.growTo(slot, blocks)) {
                return true;
            }
            if (gpus.ensureCapacity(allocator.capacityToGrow(slot, blocks), tick) && allocator.growTo(slot, blocks)) {
                return true;
            }
            poolRefused = true;
            Sequence victim = newestRunning();
            if (victim == null) {
                return false;
            }
            preempt(victim, tick);
            if (victim == s) {
                return false;
            }
        }
    }

    private Sequence newestRunning() {
        for (int i = runCount - 1; i >= 0; i--) {
            Sequence s = slots[runOrder[i]];
            if (s.state() == SequenceState.RUNNING) {
                return s;
            }
        }
        return null;
    }

    /** Sequences at their target finish; continuous batching frees their slot at once, static holds it. */
    private void applyFinishes(long tick) {
        int kept = 0;
        boolean allFinished = true;
        for (int i = 0; i < runCount; i++) {
            int slot = runOrder[i];
            Sequence s = slots[slot];
            if (s.state() == SequenceState.RUNNING && s.isDone()) {
                clock.finished(s, clock.timeAfterSteps(s.stepsThisTick()));
                s.finish();
                finishedCount++;
                events.add(SimEventType.SEQUENCE_FINISHED, tick).sequence(s.id(), slot);
                if (batching == BatchingMode.CONTINUOUS) {
                    leave(slot);
                    continue;
                }
            }
            allFinished &= s.state() == SequenceState.FINISHED;
            runOrder[kept++] = slot;
        }
        runCount = kept;
        if (batching == BatchingMode.STATIC && runCount > 0 && allFinished) {
            // The whole batch leaves: it holds every used block (waiting requests hold none); shared
            // prefixes stay cached, so with them each sequence leaves on its own.
            if (sharing == null) {
                allocator.releaseEverything();
            }
            for (int i = 0; i < runCount; i++) {
                int slot = runOrder[i];
                if (sharing != null) {
                    free(slots[slot], slot);
                }
                pool.release(slots[slot]);
                slots[slot] = null;
            }
            runCount = 0;
        }
    }

    /** Takes {@code s} out of its slot now: its cache moves to host memory if it fits there, else it will be recomputed. */
    private void preempt(Sequence s, long tick) {
        int slot = s.colourSlot();
        // Only its own blocks move (a contiguous region's unused tail is not worth moving): full
        // blocks of a shared prefix stay on the GPU, still referenced by other users or cached and
        // evictable, as vLLM's KVCacheManager.free (vllm/v1/core/kv_cache_manager.py) leaves them.
        long cache = ownBlocks(s, s.tokens());
        host.follow(gpus.count());
        boolean offloaded = host.moveOut(cache);
        if (!offloaded) {
            preemptionCount++;
        }
        events.add(offloaded ? SimEventType.SEQUENCE_OFFLOADED : SimEventType.SEQUENCE_PREEMPTED, tick)
                .sequence(s.id(), slot);
        free(s, slot);
        slots[slot] = null;
        s.requeue();
        if (offloaded) {
            s.offloaded(cache);
        }
        waiting.add(s);
        preemptedThisTick = true;
        int at = 0;
        while (runOrder[at] != slot) {
            at++;
        }
        runCount--;
        System.arraycopy(runOrder, at + 1, runOrder, at, runCount - at);
    }

    /** Frees {@code slot}'s blocks; a prefix it shared loses a user and may turn evictable. */
    private void free(Sequence s, int slot) {
        if (sharing != null && s.prefixChain() >= 0) {
            sharing.releaseSharing(slot, s.prefixChain(), s.sharedBlocks());
        } else {
            allocator.release(slot);
        }
    }

    private void leave(int slot) {
        free(slots[slot], slot);
        pool.release(slots[slot]);
        slots[slot] = null;
    }

    private int freeSlot() {
        for (int i = runCount == slots.length ? slots.length : 0; i < slots.length; i++) {
            if (slots[i] == null) {
                return i;
            }
        }
        return -1;
    }

    int slotCount() {
        return slots.length;
    }

    /** The sequence in {@code slot}, or null when the slot is empty. */
    Sequence inSlot(int slot) {
        return slots[slot];
    }

    int waitingCount() {
        return waiting.size();
    }

    Sequence waiting(int index) {
        return waiting.get(index);
    }

    boolean poolRefused() {
        return poolRefused;
    }

    AdmissionBlock admissionBlock() {
        return admissionBlock;
    }

    long finishedCount() {
        return finishedCount;
    }

    /** Sequences preempted to be recomputed (those moved to host memory are not counted). */
    long preemptionCount() {
        return preemptionCount;
    }

    /** Blocks the waiting sequences hold in host memory, summed; for the invariants' tests. */
    long hostBlocksWaiting() {
        return waiting.hostBlocks();
    }

    long requestsIssued() {
        return requests.issued();
    }

    /** True when a limited workload has been served entirely. */
    boolean isWorkloadDone() {
        return !requests.hasNext() && waiting.size() == 0 && runCount == 0;
    }
}
