package dev.kvcache.input;

/** Tells touch from mouse where the backend cannot: a browser click must not count as a tap. */
public interface PointerKind {
    /** True when the last press came from a mouse whose clicks are not taps (the browser). */
    boolean lastPointerWasMouse();
}
