package dev.kvcache.app;

/** Receives one-line messages for the user (ignored input, clamped values, a copied link). */
public interface NoticeSink {
    void notice(String message);
}
