package dev.kvcache.ui;

import dev.kvcache.input.Action;
import dev.kvcache.input.ActionSink;

/**
 * Which overlay is open, one at a time: help, console, model list, notice list, or the narrow
 * layout's "More" panel. Its action toggles each; any other action it is sent (Esc) closes it.
 */
public final class OverlaySwitcher implements ActionSink {
    /** The overlays; their names are what {@code window.kvcache.overlay()} reports. */
    public enum Overlay {
        NONE, HELP, CONSOLE(Typing.TYPED_INTO), MODELS(Typing.TYPED_INTO), MORE, NOTICES;

        private final Typing typing;

        Overlay() {
            this(Typing.NOT_TYPED_INTO);
        }

        Overlay(Typing typing) {
            this.typing = typing;
        }

        /** True for the overlays with a text field: while one is open, letters are text, not shortcuts. */
        public boolean takesTyping() {
            return typing == Typing.TYPED_INTO;
        }
    }

    /** Whether an overlay has a text field that takes the keyboard. */
    private enum Typing {
        TYPED_INTO, NOT_TYPED_INTO
    }

    private Overlay open = Overlay.NONE;
    private boolean changed;

    @Override
    public void perform(Action action) {
        if (action == Action.HELP) {
            toggle(Overlay.HELP);
        } else if (action == Action.CONSOLE) {
            toggle(Overlay.CONSOLE);
        } else if (action == Action.MODEL_LIST) {
            toggle(Overlay.MODELS);
        } else if (action == Action.NOTICES) {
            toggle(Overlay.NOTICES);
        } else {
            switchTo(Overlay.NONE);
        }
    }

    /** Opens or closes the narrow layout's full control panel (its "More" button). */
    public void toggleMore() {
        toggle(Overlay.MORE);
    }

    private void toggle(Overlay overlay) {
        switchTo(open == overlay ? Overlay.NONE : overlay);
    }

    private void switchTo(Overlay overlay) {
        open = overlay;
        changed = true;
    }

    public Overlay open() {
        return open;
    }

    /** True once after each switch (closing what is closed counts): the stage must be laid out again. */
    public boolean takeChange() {
        boolean was = changed;
        changed = false;
        return was;
    }
}
