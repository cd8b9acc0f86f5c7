package dev.kvcache.host;

/** Something is stored where the settings live, but it is not settings this app can read. */
public final class UnreadableSettingsException extends RuntimeException {
    public UnreadableSettingsException(String reason) {
        super(reason);
    }
}
