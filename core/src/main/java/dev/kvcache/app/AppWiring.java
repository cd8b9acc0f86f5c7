package dev.kvcache.app;

import com.badlogic.gdx.Gdx;
import com.badlogic.gdx.InputMultiplexer;
import com.badlogic.gdx.graphics.g2d.Batch;
import com.badlogic.gdx.input.GestureDetector;
import com.badlogic.gdx.math.Rectangle;
import dev.kvcache.catalog.Catalog;
import dev.kvcache.host.ActionHandler;
import dev.kvcache.host.CommandQueue;
import dev.kvcache.host.HostFrame;
import dev.kvcache.host.LiveStatus;
import dev.kvcache.host.Motion;
import dev.kvcache.host.MotionSetting;
import dev.kvcache.host.SceneChoice;
import dev.kvcache.host.NoticeSink;
import dev.kvcache.host.SettingsStore;
import dev.kvcache.host.SimulationHost;
import dev.kvcache.host.StateJson;
import dev.kvcache.input.Action;
import dev.kvcache.input.KeyBindings;
import dev.kvcache.input.KeyboardInput;
import dev.kvcache.input.TouchGestures;
import dev.kvcache.render.FontSource;
import dev.kvcache.render.ScreenLayout;
import dev.kvcache.ui.BudgetBar;
import dev.kvcache.ui.BudgetHotspot;
import dev.kvcache.ui.ConsoleOverlay;
import dev.kvcache.ui.ControlDock;
import dev.kvcache.ui.ControlPanel;
import dev.kvcache.ui.ControlStrip;
import dev.kvcache.ui.ControlsStage;
import dev.kvcache.ui.DebugLog;
import dev.kvcache.ui.ModelPicker;
import dev.kvcache.ui.NoticeArea;
import dev.kvcache.ui.NoticeBar;
import dev.kvcache.ui.OverlayPane;
import dev.kvcache.ui.OverlaySwitcher;
import dev.kvcache.ui.PaperLinks;
import dev.kvcache.ui.PapersPanel;
import dev.kvcache.ui.UiSkin;
import dev.kvcache.ui.WeightsToggle;

/**
 * Builds the running app once the catalogs loaded: the host (started once with the link), the
 * command queue every input feeds, the controls stage with its widgets, and the one
 * InputMultiplexer (the frame loop's wake, then stage, gestures and keys). Each frame it runs the
 * host's tick boundary and ticks before the views read the state.
 */
public final class AppWiring {
    private final NoticeBar notices = new NoticeBar();
    private final DebugLog debug = new DebugLog();
    private final OverlaySwitcher overlays = new OverlaySwitcher();
    private final UiSkin skin = new UiSkin();
    private final SimulationHost host;
    private final SettingsStore store;
    private final ActionHandler commands;
    private final HostFrame hostFrame;
    private final BudgetHotspot budgetHotspot;
    private final PaperLinks paperLinks;
    private final MotionSetting motion = new MotionSetting();
    private final SceneChoice sceneChoice = new SceneChoice();
    private final LiveStatus liveStatus = new LiveStatus();
    private final Platform platform;
    private final ControlsStage controls;
    private final TypingKeys typing;

    /**
     * {@code budget} is the panels' budget bar, whose ledger a click or an action switches;
     * {@code papers} the panels' paper references, given their data here and made links; {@code batch}
     * the frame's SpriteBatch, which the controls draw with too (its fill shader, no second batch);
     * {@code pacer} is woken by every input.
     */
    AppWiring(Platform platform, Catalog catalog, FontSource fonts, Batch batch, BudgetBar budget,
            PapersPanel papers, FramePacer pacer) {
        this.platform = platform;
        HostStartup startup = new HostStartup(catalog, platform, notices);
        host = startup.host();
        store = startup.store();
        KeyBindings bindings = KeyBindings.defaults();
        papers.use(PaperAssets.load());
        paperLinks = new PaperLinks(papers, host, platform, notices, bindings.keysFor(Action.OPEN_PAPER));
        commands = new ActionHandler(host, platform,
                new ViewActions(budget, debug, notices, overlays, paperLinks, motion, sceneChoice),
                notices);
        hostFrame = new HostFrame(host, commands);
        ControlPanel panel = new ControlPanel(skin, commands);
        budgetHotspot = new BudgetHotspot(commands);
        controls = new ControlsStage(batch, fonts, skin, overlays, bindings,
                budgetHotspot,
                paperLinks,
                new ControlDock(host, panel, new ControlStrip(skin, commands), overlays),
                new WeightsToggle(host, commands),
                new NoticeArea(notices, commands, bindings.keysFor(Action.NOTICES)),
                new OverlayPane(overlays, panel, new ModelPicker(catalog, commands, platform.textEntry()),
                        new ConsoleOverlay(commands), notices.log(), bindings));
        typing = new TypingKeys(controls::isTyping, commands);
        Gdx.input.setInputProcessor(new InputMultiplexer(new InputWake(pacer), controls.input(),
                new GestureDetector(new TouchGestures(commands, platform)),
                new KeyboardInput(bindings, typing)));
    }

    /**
     * The frame's host work, before anything draws: tick boundary and ticks, then what follows the
     * state. {@code delta} is the real time since the last frame, however long the app idled: the
     * clock caps what it runs, and notices age by it.
     */
    public void update(float delta) {
        hostFrame.run(delta);
        store.saveIfChanged(host.simulation().settings());
        motion.follow(platform.systemMotion());
        liveStatus.follow(host, platform);
        debug.update(delta, host);
        controls.update(delta);
        typing.frameDone();
    }

    /** Lays the controls out for {@code screen} (after the fonts are rescaled). */
    public void resize(ScreenLayout screen, int width, int height) {
        controls.resize(screen, width, height);
    }

    /** Puts the budget bar's click target where the panels drew the bar this frame. */
    public void placeBudgetHotspot(Rectangle area) {
        budgetHotspot.place(area);
    }

    /** Puts the paper references' click targets where the panel drew them this frame. */
    public void placePaperLinks() {
        paperLinks.place();
    }

    /** Which scene the centre shows: the die or the cluster. */
    public SceneChoice sceneChoice() {
        return sceneChoice;
    }

    /** The motion the scene shows now (reduced: no waves, particles or pulses). */
    public Motion motion() {
        return motion.motion();
    }

    /** True while a control animates by itself (a scroll coasting, a button's pressed look fading). */
    public boolean controlsMoving() {
        return controls.isMoving();
    }

    /** Seconds until the notice bar changes by itself (the next notice stops being fresh); infinite: never. */
    public float secondsToNoticeChange() {
        return notices.log().secondsToNextExpiry();
    }

    public void drawControls() {
        controls.draw();
    }

    /** Whether a control, notice or overlay shows anything in {@code area} (stage pixels, as the window's). */
    public boolean controlsPaintInto(Rectangle area) {
        return controls.paintsInto(area);
    }

    public SimulationHost host() {
        return host;
    }

    /** Where scripts send actions and console lines (the browser's JavaScript API). */
    public CommandQueue commands() {
        return commands;
    }

    /** Where messages for the user go (the browser's setters report refused arguments here). */
    public NoticeSink notices() {
        return notices;
    }

    /** The scenario, figures and recent notices as JSON. */
    public String stateJson() {
        return StateJson.of(host, notices.recent(), motion.motion(), sceneChoice.word());
    }

    /** How many notices came since start (console replies among them), for tests that follow them. */
    public long noticeCount() {
        return notices.log().added();
    }

    /** The open overlay's name (NONE, HELP, CONSOLE, MODELS, MORE, NOTICES), for tests. */
    public String overlayName() {
        return overlays.open().name();
    }

    /** The controls' pressable targets as a JSON array, for tests (see the ui's StageTargets). */
    public void appendControlsJson(StringBuilder b) {
        controls.appendTargetsJson(b);
    }

    public void dispose() {
        controls.dispose();
        skin.dispose();
    }
}
