package dev.kvcache.ui;

import com.badlogic.gdx.scenes.scene2d.Actor;
import com.badlogic.gdx.scenes.scene2d.Group;
import com.badlogic.gdx.scenes.scene2d.ui.Button;
import com.badlogic.gdx.scenes.scene2d.ui.ScrollPane;
import com.badlogic.gdx.utils.SnapshotArray;

/**
 * Whether a Scene2D widget still animates by itself: an actor running actions, a scroll pane
 * coasting after a fling, easing to where the wheel sent it or springing back from overscroll, a
 * button keeping its pressed look a moment after the click. These are the cases in which Scene2D
 * asks the backend for another frame ({@code Graphics.requestRendering}), which the browser's
 * backend ignores, so the app reads the same state itself. A text field's blinking cursor is not
 * here: its timer posts a runnable, which wakes the app on both backends.
 */
final class StageMotion {
    private StageMotion() {
    }

    /** True when any visible actor under {@code group} is animating; allocates nothing. */
    static boolean isMoving(Group group) {
        SnapshotArray<Actor> children = group.getChildren();
        for (int i = 0; i < children.size; i++) {
            Actor actor = children.get(i);
            if (!actor.isVisible()) {
                continue;
            }
            if (actor.hasActions() || actor instanceof ScrollPane && isScrolling((ScrollPane) actor)
                    || actor instanceof Button && isReleasing((Button) actor)) {
                return true;
            }
            if (actor instanceof Group && isMoving((Group) actor)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isScrolling(ScrollPane pane) {
        return pane.isFlinging() || pane.getVisualScrollX() != pane.getScrollX()
                || pane.getVisualScrollY() != pane.getScrollY() || pane.getScrollX() < 0f
                || pane.getScrollX() > pane.getMaxX() || pane.getScrollY() < 0f || pane.getScrollY() > pane.getMaxY();
    }

    /** Released, but still drawn pressed for ClickListener's visualPressedDuration. */
    private static boolean isReleasing(Button button) {
        return button.isPressed() != button.getClickListener().isPressed();
    }
}
