package dev.kvcache.sim;

/** Turns what the user chose into the memory figures the simulation needs: the memory engine's adapter. */
public interface SpecProvider {
    /** Called at every rebuild (never per tick); may allocate. */
    MemorySpec specFor(SimSettings settings);
}
