package dev.kvcache.ui;

import com.badlogic.gdx.math.Rectangle;
import com.badlogic.gdx.scenes.scene2d.Stage;
import com.badlogic.gdx.scenes.scene2d.Touchable;
import com.badlogic.gdx.scenes.scene2d.ui.Table;
import dev.kvcache.input.Action;
import dev.kvcache.input.KeyBindings;
import dev.kvcache.render.ScreenLayout;

/**
 * Shows the overlay the {@link OverlaySwitcher} has open, above every other widget: help, the
 * console with its replies, the model list, the notice list, or the narrow layout's full panel.
 */
public final class OverlayPane implements StageWidget {
    private final OverlaySwitcher overlays;
    private final ControlPanel panel;
    private final ModelPicker picker;
    private final ConsoleOverlay console;
    private final NoticeLog log;
    private final KeyBindings bindings;

    public OverlayPane(OverlaySwitcher overlays, ControlPanel panel, ModelPicker picker, ConsoleOverlay console,
            NoticeLog log, KeyBindings bindings) {
        this.overlays = overlays;
        this.panel = panel;
        this.picker = picker;
        this.console = console;
        this.log = log;
        this.bindings = bindings;
    }

    @Override
    public void build(Stage stage, UiSkin skin, ScreenLayout screen) {
        console.forget();
        OverlaySwitcher.Overlay open = overlays.open();
        if (open != OverlaySwitcher.Overlay.MODELS) {
            picker.forget();
        }
        float w = stage.getWidth();
        float h = stage.getHeight();
        if (open == OverlaySwitcher.Overlay.MORE && screen.isNarrow()) {
            // Above the strip, up to just under the header.
            Rectangle c = screen.controls();
            PanelFrame.add(stage, skin, panel, ControlPanel.Place.MORE, c.x, c.y + c.height + skin.pad(4), c.width,
                    Math.max(40f, screen.header().y - c.y - c.height - skin.pad(8)));
        }
        Table root = new Table();
        root.setFillParent(true);
        root.setTouchable(Touchable.childrenOnly);
        stage.addActor(root);
        if (open == OverlaySwitcher.Overlay.HELP) {
            // Below the header, so the FlashAttention banner at the top centre stays in sight.
            float below = h - screen.header().y + skin.pad(12);
            root.top().padTop(below);
            HelpOverlay.build(root, skin, bindings, w, Math.max(60f, h - below - skin.pad(8)));
        } else if (open == OverlaySwitcher.Overlay.MODELS) {
            picker.build(root, skin, stage, w, h);
        } else if (open == OverlaySwitcher.Overlay.CONSOLE) {
            console.build(root, skin, stage, w);
        } else if (open == OverlaySwitcher.Overlay.NOTICES) {
            NoticeListOverlay.build(root, skin, log, bindings.keysFor(Action.NOTICES), w, h);
        }
    }

    @Override
    public void update(float delta) {
        console.update(log);
        if (overlays.open() == OverlaySwitcher.Overlay.MODELS) {
            picker.update();
        }
    }
}
