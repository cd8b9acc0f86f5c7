package dev.kvcache.input;

/** Receives actions from every input device; the app applies them at the next tick boundary. */
public interface ActionSink {
    void perform(Action action);
}
