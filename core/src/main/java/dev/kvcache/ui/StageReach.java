package dev.kvcache.ui;

import com.badlogic.gdx.math.Rectangle;
import com.badlogic.gdx.math.Vector2;
import com.badlogic.gdx.scenes.scene2d.Actor;
import com.badlogic.gdx.scenes.scene2d.Group;
import com.badlogic.gdx.scenes.scene2d.ui.Label;
import com.badlogic.gdx.scenes.scene2d.ui.Table;
import com.badlogic.gdx.utils.SnapshotArray;

/**
 * Whether a stage shows anything in part of the window, so a frame that repaints only the scene
 * knows whether to draw the stage there too (a notice over the scene, an overlay) or may leave it
 * out. A widget counts where it lies if it paints itself: a leaf actor with a size (a label only
 * with text), or a table with a background; a group without one counts only through its children,
 * which are looked for only inside it (tables and scroll panes lay them out, and clip them, there).
 * Allocates nothing: this runs every such frame.
 */
final class StageReach {
    private StageReach() {
    }

    /** {@code area} in stage coordinates; {@code corner} is scratch. */
    static boolean paintsInto(Group root, Rectangle area, Vector2 corner) {
        return anyChildPaints(root, area, corner);
    }

    private static boolean anyChildPaints(Group group, Rectangle area, Vector2 corner) {
        SnapshotArray<Actor> children = group.getChildren();
        for (int i = 0; i < children.size; i++) {
            if (paints(children.get(i), area, corner)) {
                return true;
            }
        }
        return false;
    }

    private static boolean paints(Actor actor, Rectangle area, Vector2 corner) {
        if (!actor.isVisible()) {
            return false;
        }
        boolean group = actor instanceof Group;
        boolean sized = actor.getWidth() > 0f && actor.getHeight() > 0f;
        if (!sized) {
            // A group laid out without a size of its own (the stage's root) may still hold sized widgets.
            return group && anyChildPaints((Group) actor, area, corner);
        }
        actor.localToStageCoordinates(corner.set(0f, 0f));
        if (corner.x >= area.x + area.width || corner.x + actor.getWidth() <= area.x
                || corner.y >= area.y + area.height || corner.y + actor.getHeight() <= area.y) {
            return false;
        }
        if (!group) {
            return !(actor instanceof Label) || ((Label) actor).getText().size > 0;
        }
        return actor instanceof Table && ((Table) actor).getBackground() != null
                || anyChildPaints((Group) actor, area, corner);
    }
}
