package dev.kvcache.app;

import dev.kvcache.input.Action;
import dev.kvcache.input.ActionSink;
import java.util.function.BooleanSupplier;

/**
 * The shortcuts' gate while text is typed: when a text field has the keyboard or the console or the
 * model search is open, only Esc and the console key get through, so typing "m" into the search
 * does not also switch the model. The key that opens one of them counts from the moment it is
 * pressed: the overlay opens at the next frame, and letters typed before that are not shortcuts either.
 */
final class TypingKeys implements ActionSink {
    /** True while text is typed: {@code ControlsStage.isTyping()}. */
    private final BooleanSupplier typing;
    private final ActionSink commands;
    /** A console or model-search key went through since the stage was last laid out. */
    private boolean opening;

    TypingKeys(BooleanSupplier typing, ActionSink commands) {
        this.typing = typing;
        this.commands = commands;
    }

    @Override
    public void perform(Action action) {
        if (action == Action.CLOSE_OVERLAY || action == Action.CONSOLE) {
            opening = action == Action.CONSOLE;
            commands.perform(action);
        } else if (!opening && !typing.getAsBoolean()) {
            opening = action == Action.MODEL_LIST;
            commands.perform(action);
        }
    }

    /** Call once the frame applied the queued actions and laid the stage out: the overlay is open now. */
    void frameDone() {
        opening = false;
    }
}
