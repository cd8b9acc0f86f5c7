package dev.kvcache.host;

/** Receives one-line messages for the user (ignored input, clamped values, a copied link). */
public interface NoticeSink {
    void notice(String message);
}
