package dev.kvcache.sim;

/** How full the device memory is: below 80%, at least 80%, or full (100% or the pool refused blocks). */
public enum ThresholdLevel {
    OK,
    WARNING,
    CRITICAL
}
