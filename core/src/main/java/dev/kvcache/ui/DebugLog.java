package dev.kvcache.ui;

import com.badlogic.gdx.Gdx;
import dev.kvcache.host.HostView;
import dev.kvcache.host.StateJson;
import dev.kvcache.sim.BlockMap;
import java.util.Collections;

/**
 * The debug switch (F3, or {@code debug=1}): once a second logs the memory calculations (the
 * engine's figures as JSON), the block allocator's state and the frame rate.
 */
public final class DebugLog {
    static final float EVERY_SECONDS = 1f;

    private boolean on;
    private float sinceLog;
    private int frames;

    /** Flips the switch; returns the notice to show. */
    public String toggle() {
        on = !on;
        sinceLog = EVERY_SECONDS;
        return on ? "debug log on (memory, allocations, frame rate)" : "debug log off";
    }

    public void update(float delta, HostView host) {
        if (!on) {
            return;
        }
        frames++;
        sinceLog += delta;
        if (sinceLog < EVERY_SECONDS) {
            return;
        }
        BlockMap blocks = host.simulation().blocks();
        Gdx.app.log("kvcache.debug", "fps " + Math.round(frames / Math.max(1e-3f, sinceLog))
                + " tick " + host.simulation().tick());
        Gdx.app.log("kvcache.debug", "memory " + StateJson.of(host, Collections.<String>emptyList()));
        Gdx.app.log("kvcache.debug", "blocks used " + blocks.usedBlocks() + " free " + blocks.freeBlocks()
                + " of " + blocks.capacityBlocks() + ", waiting " + host.simulation().waitingCount()
                + ", preemptions " + host.simulation().preemptionCount());
        sinceLog = 0f;
        frames = 0;
    }
}
