package dev.kvcache.host;

/**
 * A native text box the platform lays over a text field the app draws, so that on a touch screen a
 * tap on the field opens the system's on-screen keyboard (the browser's GWT backend has none of its
 * own). What is typed comes back through a {@link Listener}; the drawn field keeps showing it.
 */
public interface TextEntry {
    /** What the native box reports, on the render thread. */
    interface Listener {
        /** The box's whole text after an edit. */
        void changed(String text);

        /** Enter (the keyboard's Go or Search key). */
        void submitted();

        /** Escape. */
        void cancelled();
    }

    /** No native box: keys reach the drawn field directly (the desktop, mouse-driven pages). */
    TextEntry NONE = new TextEntry() {
        @Override
        public void show(float left, float top, float width, float height, String text, Listener listener) {
        }

        @Override
        public void hide() {
        }
    };

    /**
     * Lays the box over a window rectangle (physical pixels, origin at the top left) holding
     * {@code text}; calling it again moves the box and replaces the text only where they changed.
     */
    void show(float left, float top, float width, float height, String text, Listener listener);

    /** Removes the box and closes the keyboard it opened. */
    void hide();
}
