package dev.kvcache.ui;

import com.badlogic.gdx.math.Rectangle;
import com.badlogic.gdx.scenes.scene2d.Stage;
import dev.kvcache.host.HostView;
import dev.kvcache.render.ScreenLayout;

/**
 * The controls in their rectangle: the whole control panel on wide windows, the thumb-sized strip
 * on narrow ones (its "More" opens the panel as an overlay). Keeps the panel's labels current.
 */
public final class ControlDock implements StageWidget {
    private final HostView host;
    private final ControlPanel panel;
    private final ControlStrip strip;
    private final OverlaySwitcher overlays;

    public ControlDock(HostView host, ControlPanel panel, ControlStrip strip, OverlaySwitcher overlays) {
        this.host = host;
        this.panel = panel;
        this.strip = strip;
        this.overlays = overlays;
    }

    @Override
    public void build(Stage stage, UiSkin skin, ScreenLayout screen) {
        Rectangle c = screen.controls();
        if (screen.isNarrow()) {
            strip.build(stage, screen, new Runnable() {
                @Override
                public void run() {
                    overlays.toggleMore();
                }
            });
        } else {
            PanelFrame.add(stage, skin, panel, ControlPanel.Place.DOCK, c.x, c.y, c.width, c.height);
        }
    }

    @Override
    public void update(float delta) {
        panel.refresh(host);
    }
}
