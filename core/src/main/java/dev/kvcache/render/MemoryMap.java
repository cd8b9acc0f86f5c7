package dev.kvcache.render;

import dev.kvcache.sim.BlockMap;
import dev.kvcache.sim.ExtentVisitor;
import dev.kvcache.sim.FlashMode;
import dev.kvcache.sim.MemoryLayout;
import dev.kvcache.sim.MemoryUsage;
import dev.kvcache.sim.PagingMode;
import dev.kvcache.sim.SequenceView;
import dev.kvcache.sim.SimulationView;

/**
 * Maps one GPU's memory onto a fixed number of banks, each a fixed slice of usable memory, split
 * into {@link #STRIPES} sub-slices so interleaved 16-token pages of different sequences show side
 * by side. Address order: weights, a speculative draft, attention workspace, per-slot windowed/linear state, then the
 * KV block pool, then free memory. With N GPUs every region is split evenly (tensor parallel), so
 * one GPU's banks show its 1/N share. Cost per update: O(extents + banks), no allocation.
 */
public final class MemoryMap implements ExtentVisitor {
    public static final int STRIPES = 4;
    /** Bank sizes offered, from 1 MiB (SRAM parts) doubling up to 64 GiB. */
    private static final long MIB = 1L << 20;

    private final int maxBanks;
    private final int[] contents;
    private long[] extentStart = new long[1024];
    private long[] extentLength = new long[1024];
    private int[] extentOwner = new int[1024];
    private int extentCount;
    private final long[] usedBlocksOfSlot = new long[SequenceColours.COUNT];
    private int bankCount;
    private long bankBytes = MIB;
    private long ghostFromBank = Long.MAX_VALUE;
    private final StripeBlocks stripeBlocks = new StripeBlocks(STRIPES);
    /** What the banks show this update, for the legend: one bit per {@link BankContent} kind or slot. */
    private int kindsShown;
    private long usedSlots;
    private long reservedSlots;
    private long stateSlots;

    public MemoryMap(int maxBanks) {
        this.maxBanks = Math.max(1, maxBanks);
        this.contents = new int[this.maxBanks * STRIPES];
    }

    /** The smallest power-of-two bank size (>= 1 MiB) that shows {@code capacityBytes} in {@code slots} banks. */
    public static long bankBytesFor(long capacityBytes, int slots) {
        long size = MIB;
        int safeSlots = Math.max(1, slots);
        while (size < (1L << 46) && ceilDiv(capacityBytes, size) > safeSlots) {
            size <<= 1;
        }
        return size;
    }

    private boolean hostShown;

    /** Recomputes every bank from the simulation's state for a grid of {@code slots} bank positions. */
    public void update(SimulationView simulation, int slots) {
        MemoryUsage usage = simulation.memory();
        MemoryLayout layout = usage.layout();
        hostShown = simulation.settings().offload().isOn();
        int gpus = Math.max(1, usage.gpuCount());
        long perGpuCapacity = Math.max(1L, layout.usableBytesPerGpu());
        int usableSlots = Math.max(1, Math.min(slots, maxBanks));
        bankBytes = bankBytesFor(perGpuCapacity, usableSlots);
        bankCount = (int) Math.min(usableSlots, ceilDiv(perGpuCapacity, bankBytes));
        collectExtents(simulation);
        long weightsEnd = layout.weightBytesPerGpu(gpus);
        long draftEnd = weightsEnd + layout.draftBytesPerGpu(gpus);
        long workspaceEnd = draftEnd + layout.workspaceBytesPerGpu(gpus);
        long slotState = layout.slotStateBytesPerGpu(gpus);
        long stateEnd = workspaceEnd + layout.stateRegionBytesPerGpu(gpus);
        // This GPU holds 1/groups of every whole-model block (context parallelism interleaves them).
        long blockBytes = layout.blockBytesPerGpu(gpus);
        long groups = layout.blockGroups(gpus);
        int cursor = 0;
        kindsShown = 0;
        usedSlots = 0;
        reservedSlots = 0;
        stateSlots = 0;
        stripeBlocks.reset(bankBytes, blockBytes);
        long bankStart = 0;
        for (int bank = 0; bank < bankCount; bank++, bankStart += bankBytes) {
            for (int stripe = 0; stripe < STRIPES; stripe++) {
                // Sample each stripe at its midpoint (bytes on this GPU).
                long address = bankStart + stripeBlocks.midpoint(stripe);
                int code;
                if (address >= perGpuCapacity) {
                    code = BankContent.FREE;
                } else if (address < weightsEnd) {
                    code = BankContent.WEIGHTS;
                } else if (address < draftEnd) {
                    code = BankContent.DRAFT;
                } else if (address < workspaceEnd) {
                    code = BankContent.WORKSPACE;
                } else if (address < stateEnd) {
                    code = slotState > 0 ? BankContent.state((int) ((address - workspaceEnd) / slotState)) : BankContent.FREE;
                } else if (blockBytes <= 0) {
                    code = BankContent.FREE;
                } else {
                    // The KV stripes follow each other from the first past stateEnd to the capacity.
                    long block = stripeBlocks.next(address - stateEnd, stripe) * groups;
                    while (cursor < extentCount && extentStart[cursor] + extentLength[cursor] <= block) {
                        cursor++;
                    }
                    code = codeForBlock(cursor, block, simulation.blocks());
                }
                contents[bank * STRIPES + stripe] = code;
                noteShown(code);
            }
        }
        long saved = simulation.settings().flash() == FlashMode.FLASH ? usage.flashSavedNowBytesPerGpu() : 0;
        ghostFromBank = saved > 0 ? Math.max(0, bankCount - ceilDiv(saved, bankBytes)) : Long.MAX_VALUE;
    }

    private void noteShown(int code) {
        if (code < 0) {
            kindsShown |= 1 << -code;
            return;
        }
        long bit = 1L << (BankContent.slotOf(code) & 63);
        if (BankContent.isReserved(code)) {
            reservedSlots |= bit;
        } else if (BankContent.isState(code)) {
            stateSlots |= bit;
        } else {
            usedSlots |= bit;
        }
    }

    /** True when some bank shows {@code code} (one of {@link BankContent#FREE}, WEIGHTS, DRAFT, WORKSPACE or EVICTABLE). */
    public boolean shows(int code) {
        return code < 0 && (kindsShown & (1 << -code)) != 0;
    }

    /** True when some bank shows a shared prefix's blocks, whatever its users. */
    public boolean showsShared() {
        for (int n = 1; n <= BankContent.MAX_SHARERS_MARKED; n++) {
            if (shows(BankContent.shared(n))) {
                return true;
            }
        }
        return false;
    }

    /** Batch slots (bit {@code slot}) whose KV in use some bank shows. */
    public long usedSlots() {
        return usedSlots;
    }

    /** Batch slots whose reserved-but-unused memory (paging off) some bank shows. */
    public long reservedSlots() {
        return reservedSlots;
    }

    /** Batch slots whose fixed window or state some bank shows. */
    public long stateSlots() {
        return stateSlots;
    }

    /** True when the scene shows the host-memory strip (KV offload on), which the legend then names. */
    public boolean showsHost() {
        return hostShown;
    }

    /** True when some bank lies in the memory FlashAttention saves. */
    public boolean showsGhost() {
        return ghostFromBank < bankCount;
    }

    private int codeForBlock(int cursor, long block, BlockMap blocks) {
        if (cursor >= extentCount || block < extentStart[cursor]) {
            return BankContent.FREE;
        }
        int owner = extentOwner[cursor];
        if (owner < 0) {
            return BankContent.FREE;
        }
        int chain = blocks.chainOf(owner);
        if (chain >= 0) {
            // A shared prefix, held once: marked with its users, or evictable once nobody uses it.
            int users = blocks.prefixChains().references(chain);
            return users == 0 ? BankContent.EVICTABLE : BankContent.shared(users);
        }
        // Paging off: a slot's one contiguous region is used up to its tokens, reserved beyond.
        if (blocks.paging() == PagingMode.CONTIGUOUS && block - extentStart[cursor] >= usedBlocksOfSlot[owner]) {
            return BankContent.reserved(owner);
        }
        return BankContent.used(owner);
    }

    private void collectExtents(SimulationView simulation) {
        for (int slot = 0; slot < usedBlocksOfSlot.length; slot++) {
            SequenceView sequence = slot < simulation.slotCount() ? simulation.sequenceInSlot(slot) : null;
            usedBlocksOfSlot[slot] = sequence == null ? 0 : ceilDiv(sequence.tokens(), 16);
        }
        extentCount = 0;
        BlockMap blocks = simulation.blocks();
        if (blocks.extentCount() > extentStart.length) {
            grow(blocks.extentCount());
        }
        blocks.visitExtents(this);
    }

    @Override
    public void extent(int owner, long startBlock, long blockCount) {
        if (extentCount == extentStart.length) {
            grow(extentCount * 2);
        }
        extentStart[extentCount] = startBlock;
        extentLength[extentCount] = blockCount;
        extentOwner[extentCount] = owner;
        extentCount++;
    }

    private void grow(int size) {
        int capacity = Math.max(size, extentStart.length * 2);
        long[] starts = new long[capacity];
        long[] lengths = new long[capacity];
        int[] owners = new int[capacity];
        System.arraycopy(extentStart, 0, starts, 0, extentCount);
        System.arraycopy(extentLength, 0, lengths, 0, extentCount);
        System.arraycopy(extentOwner, 0, owners, 0, extentCount);
        extentStart = starts;
        extentLength = lengths;
        extentOwner = owners;
    }

    private static long ceilDiv(long a, long b) {
        return a <= 0 ? 0 : (a - 1) / b + 1;
    }

    public int bankCount() {
        return bankCount;
    }

    /** Bytes of one GPU's memory one bank stands for. */
    public long bankBytes() {
        return bankBytes;
    }

    /** What stripe {@code stripe} of bank {@code bank} holds: a {@link BankContent} code. */
    public int content(int bank, int stripe) {
        return contents[bank * STRIPES + stripe];
    }

    /** True when the bank lies in the memory FlashAttention saves (drawn as a red ghost). */
    public boolean isGhost(int bank) {
        return bank >= ghostFromBank;
    }
}
