package dev.kvcache.ui;

import com.badlogic.gdx.scenes.scene2d.ui.Label;
import com.badlogic.gdx.scenes.scene2d.ui.ScrollPane;
import com.badlogic.gdx.scenes.scene2d.ui.Table;
import dev.kvcache.input.Action;
import dev.kvcache.input.KeyBindings;

/** Lists every key binding from the one bindings table, the touch gestures, and how defaults are chosen. */
public final class HelpOverlay {
    static final String[] GESTURES = {
        "Tap the scene", "Play / pause",
        "Swipe left / right", "Next / previous model",
        "Pinch out / in", "Faster / slower",
        "Long press", "Reset the run",
    };
    static final String DEFAULTS_NOTE = "Choosing a device sets its starting optimisations: continuous batching"
            + " (key 1) on devices with at least 24 GB, every HBM device and SRAM accelerators; paging (key 2) on"
            + " SRAM accelerators only; FlashAttention (key 3) on devices with at least 16 GB. Real serving engines"
            + " (vLLM, SGLang, TensorRT-LLM) page on every device: press 2 to see what paging saves.";

    private HelpOverlay() {
    }

    /** Fills {@code root} (a full-window table) with the help, {@code width} x {@code height} at most. */
    public static void build(Table root, UiSkin skin, KeyBindings bindings, float width, float height) {
        Table list = new Table();
        list.pad(skin.pad(16));
        list.defaults().left().padRight(skin.pad(18)).padBottom(skin.pad(1));
        list.add(new Label("Keys  (H, ? or Esc closes)", skin.heading)).colspan(2).padBottom(skin.pad(8)).row();
        for (Action action : Action.values()) {
            String keys = bindings.keysFor(action);
            if (!keys.isEmpty()) {
                list.add(new Label(keys, skin.body));
                list.add(new Label(action.description, skin.small)).row();
            }
        }
        list.add(new Label("Touch", skin.heading)).colspan(2).padTop(skin.pad(10)).padBottom(skin.pad(6)).row();
        for (int i = 0; i < GESTURES.length; i += 2) {
            list.add(new Label(GESTURES[i], skin.body));
            list.add(new Label(GESTURES[i + 1], skin.small)).row();
        }
        Label note = new Label(DEFAULTS_NOTE, skin.small);
        note.setWrap(true);
        list.add(note).colspan(2).width(Math.max(50f, Math.min(width * 0.9f, 700f * skin.scale + 200f) - skin.pad(40)))
                .padTop(skin.pad(10)).row();
        ScrollPane scroll = new ScrollPane(list, skin.scroll);
        scroll.setFadeScrollBars(false);
        Table box = new Table();
        box.setBackground(skin.panel);
        box.add(scroll).maxHeight(height * 0.92f).maxWidth(width * 0.96f);
        root.add(box);
    }
}
