package dev.kvcache.app;

import dev.kvcache.host.MotionSetting;
import dev.kvcache.host.NoticeSink;
import dev.kvcache.host.SceneChoice;
import dev.kvcache.input.Action;
import dev.kvcache.input.ActionSink;
import dev.kvcache.ui.BudgetBar;
import dev.kvcache.ui.DebugLog;
import dev.kvcache.ui.OverlaySwitcher;
import dev.kvcache.ui.PaperLinks;

/**
 * The actions that change only what is shown, which the action handler passes on at the tick
 * boundary: the budget bar's ledger, the debug log, the paper references' focus and opening,
 * reduced motion, the die or cluster scene, and the overlays (every other one).
 */
final class ViewActions implements ActionSink {
    private final BudgetBar budget;
    private final DebugLog debug;
    private final NoticeSink notices;
    private final OverlaySwitcher overlays;
    private final PaperLinks papers;
    private final MotionSetting motion;
    private final SceneChoice sceneChoice;

    ViewActions(BudgetBar budget, DebugLog debug, NoticeSink notices, OverlaySwitcher overlays, PaperLinks papers,
            MotionSetting motion, SceneChoice sceneChoice) {
        this.sceneChoice = sceneChoice;
        this.budget = budget;
        this.debug = debug;
        this.notices = notices;
        this.overlays = overlays;
        this.papers = papers;
        this.motion = motion;
    }

    @Override
    public void perform(Action action) {
        if (action == Action.BUDGET_VIEW) {
            budget.toggle();
        } else if (action == Action.DEBUG) {
            notices.notice(debug.toggle());
        } else if (action == Action.NEXT_PAPER) {
            papers.focusNext();
        } else if (action == Action.OPEN_PAPER) {
            papers.openFocused();
        } else if (action == Action.TOGGLE_MOTION) {
            notices.notice(motion.toggle());
        } else if (action == Action.TOGGLE_CLUSTER) {
            notices.notice(sceneChoice.toggle());
        } else {
            overlays.perform(action);
        }
    }
}
