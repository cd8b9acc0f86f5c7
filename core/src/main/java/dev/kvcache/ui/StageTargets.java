package dev.kvcache.ui;

import com.badlogic.gdx.math.Vector2;
import com.badlogic.gdx.scenes.scene2d.Actor;
import com.badlogic.gdx.scenes.scene2d.EventListener;
import com.badlogic.gdx.scenes.scene2d.Group;
import com.badlogic.gdx.scenes.scene2d.Stage;
import com.badlogic.gdx.scenes.scene2d.Touchable;
import com.badlogic.gdx.scenes.scene2d.ui.Button;
import com.badlogic.gdx.scenes.scene2d.ui.Label;
import com.badlogic.gdx.scenes.scene2d.ui.ScrollPane;
import com.badlogic.gdx.scenes.scene2d.ui.TextButton;
import com.badlogic.gdx.scenes.scene2d.utils.ClickListener;

/**
 * Lists what can be pressed on the stage (buttons and clickable labels) as JSON, for tests that
 * check sizes, reach and fit on real screens: each target's name, text, rectangle in window pixels
 * with y from the top, whether all of it is in view (inside the window and every scrolling pane
 * around it), and the width its text takes against the width it has. Built on request only.
 */
public final class StageTargets {
    private static final Vector2 CORNER = new Vector2();

    private StageTargets() {
    }

    /** Appends a JSON array of the stage's targets to {@code b}. */
    public static void appendJson(Stage stage, StringBuilder b) {
        b.append('[');
        int before = b.length();
        for (Actor actor : stage.getActors()) {
            visit(actor, stage, b, before);
        }
        b.append(']');
    }

    private static void visit(Actor actor, Stage stage, StringBuilder b, int start) {
        if (!actor.isVisible()) {
            return;
        }
        if (actor.getTouchable() == Touchable.enabled && isPressable(actor)) {
            if (b.length() > start) {
                b.append(',');
            }
            append(actor, stage, b);
        }
        if (actor instanceof Group && actor.getTouchable() != Touchable.disabled) {
            for (Actor child : ((Group) actor).getChildren()) {
                visit(child, stage, b, start);
            }
        }
    }

    private static boolean isPressable(Actor actor) {
        if (actor instanceof Button) {
            return true;
        }
        for (EventListener listener : actor.getListeners()) {
            if (listener instanceof ClickListener) {
                return true;
            }
        }
        return false;
    }

    private static void append(Actor actor, Stage stage, StringBuilder b) {
        float[] r = stageRect(actor);
        boolean inView = r[0] >= -0.5f && r[1] >= -0.5f && r[0] + r[2] <= stage.getWidth() + 0.5f
                && r[1] + r[3] <= stage.getHeight() + 0.5f;
        for (Group parent = actor.getParent(); parent != null && inView; parent = parent.getParent()) {
            if (parent instanceof ScrollPane) {
                float[] pane = stageRect(parent);
                inView = r[1] >= pane[1] - 0.5f && r[1] + r[3] <= pane[1] + pane[3] + 0.5f
                        && r[0] >= pane[0] - 0.5f && r[0] + r[2] <= pane[0] + pane[2] + 0.5f;
            }
        }
        Label label = actor instanceof TextButton ? ((TextButton) actor).getLabel()
                : actor instanceof Label ? (Label) actor : null;
        b.append("{\"name\":");
        string(b, actor.getName() == null ? "" : actor.getName());
        b.append(",\"text\":");
        string(b, label == null ? "" : label.getText().toString());
        b.append(",\"rect\":[").append(Math.round(r[0])).append(',')
                .append(Math.round(stage.getHeight() - r[1] - r[3])).append(',').append(Math.round(r[2])).append(',')
                .append(Math.round(r[3])).append(']');
        b.append(",\"inView\":").append(inView);
        if (label != null) {
            label.validate();
            b.append(",\"textWidth\":").append(Math.round(label.getGlyphLayout().width))
                    .append(",\"textRoom\":").append(Math.round(label.getWidth()));
        }
        b.append('}');
    }

    /** {x, y, width, height} of the actor in stage coordinates (y up). */
    private static float[] stageRect(Actor actor) {
        actor.localToStageCoordinates(CORNER.set(0, 0));
        float x0 = CORNER.x;
        float y0 = CORNER.y;
        actor.localToStageCoordinates(CORNER.set(actor.getWidth(), actor.getHeight()));
        return new float[] {Math.min(x0, CORNER.x), Math.min(y0, CORNER.y), Math.abs(CORNER.x - x0),
            Math.abs(CORNER.y - y0)};
    }

    private static void string(StringBuilder b, String text) {
        b.append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"' || c == '\\') {
                b.append('\\').append(c);
            } else if (c == '\n') {
                b.append("\\n");
            } else if (c < 0x20) {
                b.append(' ');
            } else {
                b.append(c);
            }
        }
        b.append('"');
    }
}
