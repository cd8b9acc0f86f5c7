package dev.kvcache.render;

/** Whether the scene shows the host-memory strip of KV offload under the die. */
public enum HostStrip {
    HIDDEN,
    SHOWN
}
