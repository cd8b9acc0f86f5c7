package dev.kvcache.app;

import dev.kvcache.input.Action;
import dev.kvcache.input.ActionSink;
import dev.kvcache.ui.ControlsStage;

/**
 * Keys while a text field (console, model filter) has the keyboard: only Esc and the console key
 * get through, so typing "m" into the filter does not also switch the model.
 */
final class TypingKeys implements ActionSink {
    private final ControlsStage controls;
    private final ActionSink commands;

    TypingKeys(ControlsStage controls, ActionSink commands) {
        this.controls = controls;
        this.commands = commands;
    }

    @Override
    public void perform(Action action) {
        if (!controls.isTyping() || action == Action.CLOSE_OVERLAY || action == Action.CONSOLE) {
            commands.perform(action);
        }
    }
}
