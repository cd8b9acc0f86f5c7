package dev.kvcache.app;

import dev.kvcache.host.NoticeSink;
import dev.kvcache.input.Action;
import dev.kvcache.input.ActionSink;
import dev.kvcache.ui.BudgetBar;
import dev.kvcache.ui.DebugLog;
import dev.kvcache.ui.OverlaySwitcher;

/**
 * The actions that change only what is shown, which the action handler passes on at the tick
 * boundary: the budget bar's ledger, the debug log, and the overlays (every other one).
 */
final class ViewActions implements ActionSink {
    private final BudgetBar budget;
    private final DebugLog debug;
    private final NoticeSink notices;
    private final OverlaySwitcher overlays;

    ViewActions(BudgetBar budget, DebugLog debug, NoticeSink notices, OverlaySwitcher overlays) {
        this.budget = budget;
        this.debug = debug;
        this.notices = notices;
        this.overlays = overlays;
    }

    @Override
    public void perform(Action action) {
        if (action == Action.BUDGET_VIEW) {
            budget.toggle();
        } else if (action == Action.DEBUG) {
            notices.notice(debug.toggle());
        } else {
            overlays.perform(action);
        }
    }
}
