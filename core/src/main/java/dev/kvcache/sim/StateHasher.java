package dev.kvcache.sim;

/** Folds the simulation state into 64 bits (FNV-style with a SplitMix finaliser) for determinism tests. */
final class StateHasher implements ExtentVisitor {
    private long hash;

    long hash(long tick, SplitMix64 random, GpuPool gpus, KvBlockAllocator allocator, BatchScheduler scheduler) {
        hash = 0xCBF29CE484222325L;
        mix(tick);
        mix(random.state());
        mix(gpus.count());
        mix(scheduler.requestsIssued());
        mix(scheduler.finishedCount());
        mix(scheduler.preemptionCount());
        for (int slot = 0; slot < scheduler.slotCount(); slot++) {
            mixSequence(scheduler.inSlot(slot));
        }
        for (int i = 0; i < scheduler.waitingCount(); i++) {
            mixSequence(scheduler.waiting(i));
        }
        allocator.visitExtents(this);
        return hash;
    }

    @Override
    public void extent(int owner, long startBlock, long blockCount) {
        mix(owner);
        mix(startBlock);
        mix(blockCount);
    }

    private void mixSequence(Sequence s) {
        if (s == null) {
            mix(-1L);
            return;
        }
        mix(s.id());
        mix(s.colourSlot());
        mix(s.state().ordinal());
        mix(s.arrivalTick());
        mix(s.admittedTick());
        mix(s.tokens());
        mix(s.targetTokens());
        mix(s.resumeTokens());
    }

    private void mix(long value) {
        long z = (hash ^ value) * 0x100000001B3L;
        z = (z ^ (z >>> 33)) * 0xFF51AFD7ED558CCDL;
        hash = z ^ (z >>> 29);
    }
}
