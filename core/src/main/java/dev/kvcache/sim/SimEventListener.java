package dev.kvcache.sim;

/** Receives events while the view drains the queue once a frame. */
public interface SimEventListener {
    /** {@code event} is reused after this call returns: copy what must be kept. */
    void onEvent(SimEvent event);
}
