package dev.kvcache.host;

/**
 * One frame's work on the running scenario, in the one safe order: the commands queued since the
 * last frame apply at the tick boundary, then the ticks the frame owes run. A command queued while
 * a frame is under way (a button's listener, a script) waits for the next frame's boundary, so no
 * tick ever sees half a command.
 */
public final class HostFrame {
    private final SimulationHost host;
    private final ActionHandler commands;

    public HostFrame(SimulationHost host, ActionHandler commands) {
        this.host = host;
        this.commands = commands;
    }

    /** Applies the queued commands, then runs the ticks {@code frameSeconds} owe; returns how many ran. */
    public int run(double frameSeconds) {
        commands.applyPending();
        return host.advance(frameSeconds);
    }
}
