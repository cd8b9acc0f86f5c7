package dev.kvcache.ui;

import com.badlogic.gdx.Gdx;
import com.badlogic.gdx.InputMultiplexer;
import com.badlogic.gdx.input.GestureDetector;
import com.badlogic.gdx.math.Rectangle;
import com.badlogic.gdx.scenes.scene2d.Actor;
import com.badlogic.gdx.scenes.scene2d.InputEvent;
import com.badlogic.gdx.scenes.scene2d.Stage;
import com.badlogic.gdx.scenes.scene2d.Touchable;
import com.badlogic.gdx.scenes.scene2d.ui.ScrollPane;
import com.badlogic.gdx.scenes.scene2d.ui.Table;
import com.badlogic.gdx.scenes.scene2d.ui.TextButton;
import com.badlogic.gdx.scenes.scene2d.ui.TextField;
import com.badlogic.gdx.scenes.scene2d.utils.ClickListener;
import com.badlogic.gdx.utils.viewport.ScreenViewport;
import dev.kvcache.host.ActionHandler;
import dev.kvcache.host.NoticeSink;
import dev.kvcache.host.PlatformServices;
import dev.kvcache.host.SettingsStore;
import dev.kvcache.host.SimulationHost;
import dev.kvcache.host.StateJson;
import dev.kvcache.input.Action;
import dev.kvcache.input.ActionSink;
import dev.kvcache.input.KeyBindings;
import dev.kvcache.input.KeyboardInput;
import dev.kvcache.input.TouchGestures;
import dev.kvcache.render.FontSource;
import dev.kvcache.render.ScreenLayout;
import dev.kvcache.sim.WeightsMode;

/**
 * Everything the user touches, as one object the app creates, resizes, updates and draws: the
 * Scene2D stage (control panel, weights toggle, notices, help, console, model list), the one
 * InputMultiplexer (stage, then gestures, then keys), the startup scenario (defaults, saved
 * settings, then the link or options) and the settings store.
 */
public final class ControlsLayer {
    /** Which overlay is open; one at a time. */
    enum Overlay {
        NONE, HELP, CONSOLE, MODELS, MORE, NOTICES
    }

    private final SimulationHost host;
    private final FontSource fonts;
    private final Stage stage = new Stage(new ScreenViewport());
    private final UiSkin skin = new UiSkin();
    private final NoticeBar notices;
    private final KeyBindings bindings = KeyBindings.defaults();
    private final DebugLog debug = new DebugLog();
    private final ActionHandler handler;
    private final ControlPanel panel;
    private final ModelPicker picker;
    private final ConsoleOverlay console;
    private final SettingsStore store;
    private ScreenLayout screen;
    private Overlay overlay = Overlay.NONE;
    private TextButton weights;
    private WeightsMode weightsShown;
    /** Set by events; the stage is rebuilt in {@link #update}, never while it is delivering an event. */
    private boolean stale;
    private ActionSink viewActions = new ActionSink() {
        @Override
        public void perform(Action action) {
            // no view attached (tests): nothing to switch
        }
    };
    private final Actor budgetHotspot = new Actor();

    public ControlsLayer(PlatformServices platform, SimulationHost host, SettingsStore store, NoticeBar notices,
            FontSource fonts) {
        this.host = host;
        this.store = store;
        this.notices = notices;
        this.fonts = fonts;
        ActionSink overlays = new ActionSink() {
            @Override
            public void perform(Action action) {
                overlayAction(action);
            }
        };
        handler = new ActionHandler(host, platform, overlays, notices);
        panel = new ControlPanel(skin, handler);
        picker = new ModelPicker(host.catalog(), handler, overlays);
        console = new ConsoleOverlay(handler);
        budgetHotspot.addListener(new ClickListener() {
            @Override
            public void clicked(InputEvent event, float x, float y) {
                handler.perform(Action.BUDGET_VIEW);
            }
        });
        ActionSink keys = new ActionSink() {
            @Override
            public void perform(Action action) {
                boolean typing = stage.getKeyboardFocus() instanceof TextField;
                if (!typing || action == Action.CLOSE_OVERLAY || action == Action.CONSOLE) {
                    handler.perform(action);
                }
            }
        };
        Gdx.input.setInputProcessor(new InputMultiplexer(stage,
                new GestureDetector(new TouchGestures(handler, platform)), new KeyboardInput(bindings, keys)));
    }

    /** Lays the controls out in the screen's control rectangle (call after the fonts are rescaled). */
    public void resize(ScreenLayout layout, int width, int height) {
        screen = layout;
        stage.getViewport().update(width, height, true);
        skin.rebuild(fonts, layout.scale());
        rebuild();
    }

    /** Follows the host's state and animates; call after the frame's tick boundary. */
    public void update(float delta) {
        if (stale) {
            rebuild();
        }
        store.saveIfChanged(host.simulation().settings());
        panel.refresh(host);
        refreshWeights();
        notices.update(delta);
        console.update(notices.log());
        debug.update(delta, host);
        stage.act(delta);
    }

    public void draw() {
        stage.getViewport().apply(true);
        stage.draw();
    }

    /** Where view-only actions (the budget bar's ledger) go; set by the app. */
    public void setViewActions(ActionSink sink) {
        viewActions = sink;
    }

    /** Places the invisible click target over the budget bar so a click switches its ledger. */
    public void placeBudgetHotspot(Rectangle area) {
        if (budgetHotspot.getX() != area.x || budgetHotspot.getY() != area.y
                || budgetHotspot.getWidth() != area.width || budgetHotspot.getHeight() != area.height) {
            budgetHotspot.setBounds(area.x, area.y, area.width, area.height);
        }
        if (budgetHotspot.getStage() == null) {
            stage.addActor(budgetHotspot);
            budgetHotspot.toBack();
        }
    }

    private void overlayAction(Action action) {
        if (action == Action.BUDGET_VIEW) {
            viewActions.perform(action);
            return;
        }
        Overlay next = Overlay.NONE;
        if (action == Action.HELP) {
            next = overlay == Overlay.HELP ? Overlay.NONE : Overlay.HELP;
        } else if (action == Action.CONSOLE) {
            next = overlay == Overlay.CONSOLE ? Overlay.NONE : Overlay.CONSOLE;
        } else if (action == Action.MODEL_LIST) {
            next = overlay == Overlay.MODELS ? Overlay.NONE : Overlay.MODELS;
        } else if (action == Action.NOTICES) {
            next = overlay == Overlay.NOTICES ? Overlay.NONE : Overlay.NOTICES;
        } else if (action == Action.DEBUG) {
            notices.notice(debug.toggle());
            return;
        }
        overlay = next;
        stale = true;
    }

    private void rebuild() {
        if (screen == null) {
            return;
        }
        stale = false;
        stage.clear();
        stage.setKeyboardFocus(null);
        console.forget();
        weightsShown = null;
        float w = stage.getViewport().getWorldWidth();
        float h = stage.getViewport().getWorldHeight();
        Rectangle c = screen.controls();
        if (screen.isNarrow()) {
            new ControlStrip(skin, handler).build(stage, c, new Runnable() {
                @Override
                public void run() {
                    overlay = overlay == Overlay.MORE ? Overlay.NONE : Overlay.MORE;
                    stale = true;
                }
            });
        } else {
            addPanel(c.x, c.y, c.width, c.height);
        }
        addWeightsToggle(w);
        Table noticeRoot = new Table();
        Rectangle s = screen.scene();
        noticeRoot.setBounds(s.x + s.width * 0.05f, s.y, s.width * 0.9f, s.height - skin.pad(4));
        noticeRoot.top();
        // Only the "+N more" line takes clicks; the rest of the bar lets taps through to the scene.
        noticeRoot.setTouchable(Touchable.childrenOnly);
        notices.build(noticeRoot, skin, handler, bindings.keysFor(Action.NOTICES));
        stage.addActor(noticeRoot);
        if (overlay == Overlay.MORE && screen.isNarrow()) {
            addPanel(c.x, c.y + c.height + skin.pad(4), c.width, Math.max(40f, screen.header().y - c.y - c.height - skin.pad(8)));
        }
        Table root = new Table();
        root.setFillParent(true);
        root.setTouchable(Touchable.childrenOnly);
        stage.addActor(root);
        if (overlay == Overlay.HELP) {
            HelpOverlay.build(root, skin, bindings, w, h);
        } else if (overlay == Overlay.MODELS) {
            picker.build(root, skin, stage, w, h);
        } else if (overlay == Overlay.CONSOLE) {
            console.build(root, skin, stage, w);
        } else if (overlay == Overlay.NOTICES) {
            NoticeListOverlay.build(root, skin, notices.log(), bindings.keysFor(Action.NOTICES), w, h);
        }
    }

    private void addPanel(float x, float y, float width, float height) {
        Table content = new Table();
        content.top();
        content.pad(skin.pad(8));
        panel.build(content, Math.max(40f, width - 2 * skin.pad(8) - skin.pad(6)));
        ScrollPane scroll = new ScrollPane(content, skin.scroll);
        scroll.setFadeScrollBars(false);
        scroll.setScrollingDisabled(true, false);
        Table frame = new Table();
        frame.setBackground(skin.panel);
        frame.add(scroll).grow().top();
        frame.setBounds(x, y, width, height);
        stage.addActor(frame);
    }

    private void addWeightsToggle(float width) {
        weights = panel.button("", Action.TOGGLE_WEIGHTS);
        Rectangle header = screen.header();
        float bw = Math.max(110f, 150f * skin.scale);
        float bh = Math.max(24f, Math.min(header.height * 0.42f, 30f * Math.max(1f, skin.scale)));
        // Wide: the header's bottom right, under the frame counter; narrow: just below the header.
        float y = screen.isNarrow() ? header.y - bh - screen.margin() * 0.4f : header.y + screen.margin() * 0.4f;
        weights.setBounds(width - screen.margin() - bw, y, bw, bh);
        stage.addActor(weights);
    }

    private void refreshWeights() {
        WeightsMode mode = host.simulation().settings().weights();
        if (weights != null && mode != weightsShown) {
            weightsShown = mode;
            weights.setText(mode == WeightsMode.INCLUDED ? "Weights: shown" : "Weights: hidden");
        }
    }

    /** The handler that queues actions and console lines (for the browser's JavaScript API). */
    public ActionHandler actions() {
        return handler;
    }

    /** Where messages for the user go (the browser's setters report refused arguments here). */
    public NoticeSink notices() {
        return notices;
    }

    /** The scenario, figures and recent notices as JSON. */
    public String stateJson() {
        return StateJson.of(host, notices.recent());
    }

    /** The open overlay's name (NONE, HELP, CONSOLE, MODELS, MORE, NOTICES), for tests. */
    public String overlayName() {
        return overlay.name();
    }

    public void dispose() {
        stage.dispose();
        skin.dispose();
    }
}
