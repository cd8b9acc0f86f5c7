package dev.kvcache.input;

import com.badlogic.gdx.Input.Keys;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The one table from keys to actions; both key handling and the help overlay read it. A binding
 * without Shift also answers with Shift held unless a Shift binding of the same key exists
 * (so "+" typed as Shift+= speeds up, while Shift+M goes back a model). A few actions answer to a
 * typed character instead of a key code: the browser backend reports the backquote key as
 * {@code Keys.UNKNOWN}, while every backend types '`'.
 */
public final class KeyBindings {
    /** Whether a binding needs Shift held. */
    public enum Modifier {
        NONE(""),
        SHIFT("Shift+");

        final String prefix;

        Modifier(String prefix) {
            this.prefix = prefix;
        }
    }

    /** Key code of a binding that answers to a typed character: no key has it. */
    public static final int TYPED = -1;

    /** One row of the table. */
    public static final class Binding {
        /** The key, or {@link #TYPED}. */
        public final int keycode;
        /** The typed character of a {@link #TYPED} binding, else 0. */
        public final char character;
        public final Modifier modifier;
        public final Action action;
        /** How the help overlay names the key ("Shift+M", "Space", "?"). */
        public final String label;

        Binding(int keycode, char character, Modifier modifier, Action action, String label) {
            this.keycode = keycode;
            this.character = character;
            this.modifier = modifier;
            this.action = action;
            this.label = modifier.prefix + label;
        }
    }

    private final List<Binding> bindings = new ArrayList<Binding>();

    /** The default bindings, the table the issue lists. */
    public static KeyBindings defaults() {
        KeyBindings b = new KeyBindings();
        b.bind(Keys.SPACE, "Space", Action.PLAY_PAUSE);
        b.bind(Keys.RIGHT, "Right", Action.SPEED_UP);
        b.bind(Keys.UP, "Up", Action.SPEED_UP);
        b.bind(Keys.PLUS, "+", Action.SPEED_UP);
        b.bind(Keys.EQUALS, "=", Action.SPEED_UP);
        b.bind(Keys.NUMPAD_ADD, "Num +", Action.SPEED_UP);
        b.bind(Keys.LEFT, "Left", Action.SPEED_DOWN);
        b.bind(Keys.DOWN, "Down", Action.SPEED_DOWN);
        b.bind(Keys.MINUS, "-", Action.SPEED_DOWN);
        b.bind(Keys.NUMPAD_SUBTRACT, "Num -", Action.SPEED_DOWN);
        b.bind(Keys.M, "M", Action.NEXT_MODEL);
        b.bindShift(Keys.M, "M", Action.PREVIOUS_MODEL);
        b.bind(Keys.T, "T", Action.MODEL_LIST);
        b.bind(Keys.D, "D", Action.NEXT_DEVICE);
        b.bindShift(Keys.D, "D", Action.PREVIOUS_DEVICE);
        b.bind(Keys.G, "G", Action.NEXT_GPU_COUNT);
        b.bindShift(Keys.G, "G", Action.PREVIOUS_GPU_COUNT);
        b.bind(Keys.C, "C", Action.NEXT_CONTEXT);
        b.bindShift(Keys.C, "C", Action.PREVIOUS_CONTEXT);
        b.bind(Keys.B, "B", Action.BATCH_UP);
        b.bindShift(Keys.B, "B", Action.BATCH_DOWN);
        b.bind(Keys.P, "P", Action.NEXT_WEIGHT_PRECISION);
        b.bindShift(Keys.P, "P", Action.PREVIOUS_WEIGHT_PRECISION);
        b.bind(Keys.K, "K", Action.NEXT_KV_PRECISION);
        b.bindShift(Keys.K, "K", Action.PREVIOUS_KV_PRECISION);
        b.bind(Keys.NUM_1, "1", Action.TOGGLE_BATCHING);
        b.bind(Keys.NUM_2, "2", Action.TOGGLE_PAGING);
        b.bind(Keys.NUM_3, "3", Action.TOGGLE_FLASH);
        b.bind(Keys.NUM_4, "4", Action.NEXT_PREFIX);
        b.bind(Keys.NUM_5, "5", Action.CYCLE_OFFLOAD);
        b.bind(Keys.NUM_6, "6", Action.NEXT_DRAFT);
        b.bind(Keys.NUM_7, "7", Action.NEXT_EVICTION);
        b.bind(Keys.E, "E", Action.BW_EFFICIENCY_UP);
        b.bindShift(Keys.E, "E", Action.BW_EFFICIENCY_DOWN);
        b.bind(Keys.Q, "Q", Action.FLOPS_EFFICIENCY_UP);
        b.bindShift(Keys.Q, "Q", Action.FLOPS_EFFICIENCY_DOWN);
        b.bind(Keys.W, "W", Action.TOGGLE_WEIGHTS);
        b.bind(Keys.R, "R", Action.RESET);
        b.bindShift(Keys.R, "R", Action.TOGGLE_MOTION);
        b.bind(Keys.V, "V", Action.TOGGLE_CLUSTER);
        b.bind(Keys.PERIOD, ".", Action.SINGLE_STEP);
        b.bind(Keys.S, "S", Action.SCREENSHOT);
        b.bind(Keys.F, "F", Action.FULLSCREEN);
        b.bind(Keys.L, "L", Action.COPY_LINK);
        b.bind(Keys.U, "U", Action.BUDGET_VIEW);
        b.bind(Keys.O, "O", Action.NEXT_PAPER);
        b.bindShift(Keys.O, "O", Action.OPEN_PAPER);
        b.bind(Keys.H, "H", Action.HELP);
        b.bind(Keys.SLASH, "?", Action.HELP);
        b.bindTyped('`', Action.CONSOLE);
        b.bind(Keys.F3, "F3", Action.DEBUG);
        b.bind(Keys.N, "N", Action.NOTICES);
        b.bind(Keys.ESCAPE, "Esc", Action.CLOSE_OVERLAY);
        return b;
    }

    public void bind(int keycode, String label, Action action) {
        bindings.add(new Binding(keycode, (char) 0, Modifier.NONE, action, label));
    }

    public void bindShift(int keycode, String label, Action action) {
        bindings.add(new Binding(keycode, (char) 0, Modifier.SHIFT, action, label));
    }

    /** Binds the typed {@code character}, whatever key and modifiers produced it. */
    public void bindTyped(char character, Action action) {
        bindings.add(new Binding(TYPED, character, Modifier.NONE, action, String.valueOf(character)));
    }

    /** The action for {@code keycode} with {@code modifier} held, or null. */
    public Action actionFor(int keycode, Modifier modifier) {
        Action plain = null;
        for (Binding b : bindings) {
            if (b.keycode != keycode || keycode == TYPED) {
                continue;
            }
            if (b.modifier == modifier) {
                return b.action;
            }
            if (b.modifier == Modifier.NONE) {
                plain = b.action;
            }
        }
        return plain;
    }

    /** The action for {@code keycode} without Shift, or null. */
    public Action actionFor(int keycode) {
        return actionFor(keycode, Modifier.NONE);
    }

    /** The action for the typed {@code character}, or null. */
    public Action actionForTyped(char character) {
        for (Binding b : bindings) {
            if (b.keycode == TYPED && b.character == character) {
                return b.action;
            }
        }
        return null;
    }

    /** True when {@code keycode} (with any modifier) is bound to {@code action}. */
    public boolean isBound(int keycode, Action action) {
        for (Binding b : bindings) {
            if (b.keycode == keycode && keycode != TYPED && b.action == action) {
                return true;
            }
        }
        return false;
    }

    /** Every row, in the order the help overlay lists them. */
    public List<Binding> all() {
        return Collections.unmodifiableList(bindings);
    }

    /** The labels of every key bound to {@code action}, joined ("M", "Right / Up / +"). */
    public String keysFor(Action action) {
        StringBuilder b = new StringBuilder();
        for (Binding binding : bindings) {
            if (binding.action == action) {
                if (b.length() > 0) {
                    b.append(" / ");
                }
                b.append(binding.label);
            }
        }
        return b.toString();
    }
}
