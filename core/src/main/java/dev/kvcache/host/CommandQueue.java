package dev.kvcache.host;

import dev.kvcache.input.ActionSink;

/**
 * Where keys, touch, buttons, the console and scripts send commands: actions and console lines are
 * queued, and the host applies them at the next tick boundary, never while a frame is running.
 */
public interface CommandQueue extends ActionSink {
    /** Queues a console line ({@code batch = 4}); its outcome arrives as a notice. */
    void submit(String consoleLine);
}
