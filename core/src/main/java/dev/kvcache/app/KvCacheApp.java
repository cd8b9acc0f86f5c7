package dev.kvcache.app;

import com.badlogic.gdx.ApplicationAdapter;
import com.badlogic.gdx.Gdx;
import com.badlogic.gdx.graphics.g2d.SpriteBatch;
import com.badlogic.gdx.graphics.glutils.ShaderProgram;
import com.badlogic.gdx.math.Rectangle;
import dev.kvcache.host.FixedStepClock;
import dev.kvcache.host.FrameStats;
import dev.kvcache.host.RedrawRule.Redraw;
import dev.kvcache.host.RenderDemand.Activity;
import dev.kvcache.host.RenderMode;
import dev.kvcache.host.SceneChoice;
import dev.kvcache.host.SimulationHost;
import dev.kvcache.render.AtlasFontSource;
import dev.kvcache.render.BackgroundClear;
import dev.kvcache.render.BannerForm;
import dev.kvcache.render.Detail;
import dev.kvcache.render.FillKindBatch;
import dev.kvcache.render.FillShader;
import dev.kvcache.render.FlatPainter;
import dev.kvcache.render.FontSource;
import dev.kvcache.render.Layer;
import dev.kvcache.render.LayerProbe;
import dev.kvcache.render.LayerStack;
import dev.kvcache.render.ClusterView;
import dev.kvcache.render.SceneRenderer;
import dev.kvcache.render.ScreenLayout;
import dev.kvcache.render.TextPainter;
import dev.kvcache.render.UiAtlas;
import dev.kvcache.ui.FactoidTicker;
import dev.kvcache.ui.FlashBanner;
import dev.kvcache.ui.HeaderView;
import dev.kvcache.ui.MemoryCaption;
import dev.kvcache.ui.PanelColumn;
import dev.kvcache.ui.PanelContext;
import dev.kvcache.ui.ProblemScreen;

/**
 * Composition root: loads the catalogs, has {@link AppWiring} start the host and wire the controls
 * and input, registers what draws each {@link Layer}, and runs the frame loop (the tick boundary
 * and ticks first, then the layers bottom to top). Each frame it tells the render rule what still
 * moves, and the {@link FramePacer} stops drawing every frame once nothing does. Owns no memory logic.
 */
public final class KvCacheApp extends ApplicationAdapter {
    public static final String TITLE = HeaderView.TITLE;
    /** Scenes shorter than this (dp) leave out the legend, which would not fit under the banks. */
    private static final float SIMPLE_SCENE_BELOW = 240f;
    /**
     * Quads the batch holds before it must draw: SpriteBatch's largest (its indices are shorts), so
     * a 4K scene's thousands of banks go in a few draw calls, not one per thousand quads.
     */
    private static final int BATCH_SPRITES = 8191;

    private final Platform platform;
    private final FrameStats frameStats = new FrameStats();
    private final ScreenLayout screen = new ScreenLayout();
    private final SceneRenderer scene = new SceneRenderer();
    private final ClusterView cluster = new ClusterView();
    private final HeaderView header = new HeaderView();
    private final PanelColumn panels = new PanelColumn();
    private final FlashBanner flashBanner = new FlashBanner();
    private final MemoryCaption caption = new MemoryCaption();
    private PanelContext panelContext;
    private FactoidTicker factoids;
    private float time;
    /** The scene's area: the layout's scene region (below the banner wherever the banner needs room). */
    private final Rectangle sceneArea = new Rectangle();
    private SpriteBatch batch;
    private final BackgroundClear background = new BackgroundClear();
    private LayerStack layers;
    private final RepaintAreas repaint = new RepaintAreas();
    /** What this frame repaints; the vignette, which crosses every region, changes only with the whole window. */
    private Redraw redraw = Redraw.WINDOW;
    /** The batch's shader (null: the GL could not compile it, and the batch keeps libGDX's own). */
    private ShaderProgram fillShader;
    /** The flat fills' shader (null: not compiled, and fills go through {@link #fillShader} too). */
    private ShaderProgram flatShader;
    /** The frame's one texture: glyphs of both faces and the fills' white corner. */
    private UiAtlas atlas;
    private FlatPainter painter;
    private FontSource fonts;
    private TextPainter text;
    private CatalogAssets catalog;
    private SimulationHost host;
    private AppWiring wiring;
    private FramePacer pacer;
    /** The density the layout was made for, as the platform reported it. */
    private float density = 1f;
    private int width = 1;
    private int height = 1;

    public KvCacheApp(Platform platform) {
        this.platform = platform;
    }

    @Override
    public void create() {
        pacer = new FramePacer(platform);
        fillShader = FillShader.createOrNull();
        flatShader = fillShader == null ? null : FillShader.createFlatOrNull();
        batch = batchFor(fillShader, flatShader);
        atlas = UiAtlas.load();
        painter = new FlatPainter(atlas.texture());
        fonts = new AtlasFontSource(atlas);
        text = new TextPainter(fonts);
        panelContext = new PanelContext(painter, text);
        catalog = CatalogAssets.load();
        if (catalog.usable()) {
            wiring = new AppWiring(platform, catalog.catalog(), fonts, batch, panels.budget(), panels.papers(), pacer);
            host = wiring.host();
            panelContext.host = host;
            factoids = new FactoidTicker(FactoidAssets.load(catalog.catalog()), host);
        }
        layers = new LayerStack(new LayerStack.BatchPass() {
            @Override
            public void begin() {
                batch.begin();
                painter.use(batch);
                // A scene-only frame keeps the panels' layouts for the next whole frame, which draws them again.
                text.use(batch, redraw == Redraw.WINDOW ? TextPainter.Recycling.UNUSED_SINCE_LAST_FRAME
                        : TextPainter.Recycling.NONE);
            }

            @Override
            public void end() {
                painter.flush();
                text.flush();
                batch.end();
            }

            @Override
            public void flush() {
                painter.flush();
                text.flush();
                batch.flush();
            }
        }, repaint);
        registerLayers();
        resize(Gdx.graphics.getBackBufferWidth(), Gdx.graphics.getBackBufferHeight());
    }

    /** The richest batch this GL's compiled shaders allow (libGDX's own when neither compiled). */
    private static SpriteBatch batchFor(ShaderProgram textured, ShaderProgram flat) {
        if (textured == null) {
            return new SpriteBatch();
        }
        if (flat == null) {
            return new SpriteBatch(BATCH_SPRITES, textured);
        }
        return new FillKindBatch(BATCH_SPRITES, flat, textured);
    }

    @Override
    public void resize(int newWidth, int newHeight) {
        if (newWidth <= 0 || newHeight <= 0) {
            return; // minimised: keep the last good layout
        }
        width = newWidth;
        height = newHeight;
        pacer.wake(); // a new layout to draw, and perhaps controls to settle
        batch.getProjectionMatrix().setToOrtho2D(0, 0, width, height);
        background.layout(height);
        repaint.resize(width, height);
        // One scale for everything: the window in density-independent pixels, then fonts, then regions.
        density = platform.density();
        screen.measure(width, height, density, platform.pointerPrecision());
        fonts.setScale(screen.scale(), screen.density());
        panelContext.padding = 10f * screen.scale();
        screen.arrange(header.height(text, screen, width), flashBanner.fullHeight(text),
                flashBanner.compactHeight(text), panels.bandHeight(panelContext));
        sceneArea.set(screen.scene());
        if (host != null) {
            scene.layout(sceneArea, host, text, detail());
        }
        if (wiring != null) {
            wiring.resize(screen, width, height);
        }
    }

    @Override
    public void render() {
        if (platform.density() != density) {
            resize(width, height); // the window moved to a screen of another density, or the page was zoomed
        }
        // Real time since the last frame, however long the app idled; the scene's effects take at most
        // the clock's cap, so nothing jumps after an idle stretch.
        float elapsed = Gdx.graphics.getDeltaTime();
        float delta = Math.min(elapsed, (float) FixedStepClock.MAX_FRAME_SECONDS);
        if (host != null) {
            wiring.update(elapsed);
            scene.setMotion(wiring.motion());
            if (scene.needsLayout(host)) {
                scene.layout(sceneArea, host, text, detail());
            }
            SceneChoice.Scene shown = wiring.sceneChoice().shown();
            scene.update(host, delta, detail(), shown);
            time += scene.ambientSeconds();
            cluster.update(host, scene.ambientSeconds(), wiring.motion());
            wiring.sceneChoice().follow(cluster.gpus());
            if (wiring.sceneChoice().shown() != shown) {
                scene.refreshedMemoryMap(host); // the die view's first frame shows today's banks
            }
            factoids.advance(elapsed);
            if (screen.footer().height > 0f) {
                pacer.expectChangeIn(factoids.secondsToNextSentence());
            }
            pacer.expectChangeIn(wiring.secondsToNoticeChange());
        }
        Activity activity = activity();
        frameStats.frameDrawn(elapsed, pacer.decide(elapsed, activity));
        redraw = pacer.redraw(elapsed, activity);
        placeMovingScene();
        if (redraw == Redraw.SCENE && repaint.sceneHasPixels()) {
            frameStats.sceneRepainted();
            layers.drawWithin(repaint.of(Redraw.SCENE));
        } else {
            redraw = Redraw.WINDOW;
            layers.draw();
        }
        if (wiring != null) {
            // The panels lay the budget bar out as they draw it; its click target follows.
            wiring.placeBudgetHotspot(panels.budgetArea());
            wiring.placePaperLinks();
        }
        platform.frameDrawn(this);
        pacer.apply();
    }

    /**
     * The part of the scene that moves every frame: in the die view, not the memory caption under it,
     * whose figures change with the panels' (on whole frames), so the caption and the panels never disagree.
     */
    private void placeMovingScene() {
        if (host != null && !clusterShown()) {
            repaint.sceneMovesAbove(sceneArea, captionPlateTop());
        } else {
            repaint.sceneMoves(sceneArea);
        }
    }

    private float captionPlateTop() {
        return MemoryCaption.plateTop(text, scene.sceneLayout().captionTop());
    }

    /** What still moves this frame, for the render rule: the simulation, the scene's effects, the controls. */
    private Activity activity() {
        if (host == null) {
            return Activity.STILL;
        }
        if (host.isPlaying()) {
            return Activity.PLAYING;
        }
        return scene.isSettled() && !wiring.controlsMoving() ? Activity.STILL : Activity.SETTLING;
    }

    /** What draws each layer; without a simulation, the background and the list of what failed to load. */
    private void registerLayers() {
        layers.register(Layer.BACKGROUND, () -> background.draw(repaint.of(redraw)));
        if (host == null) {
            layers.register(Layer.SCENE, () -> ProblemScreen.draw(text, catalog.problems(), width, height));
            return;
        }
        layers.register(Layer.SCENE, this::drawScene);
        layers.register(Layer.CAPTION, () -> {
            if (!clusterShown()) {
                caption.draw(painter, text, host, scene.memoryMap(), sceneArea.x + sceneArea.width / 2f,
                        scene.sceneLayout().captionTop(), sceneArea.width * 0.94f,
                        scene.sceneLayout().captionHeight(), detail());
            }
        }, area -> !clusterShown() && area.y < captionPlateTop());
        layers.register(Layer.VIGNETTE, () -> scene.drawVignette(painter, host, width, height, redraw));
        layers.register(Layer.PANELS, () -> panels.draw(panelContext, screen.panels(), screen.serving(), screen.isNarrow()),
                area -> screen.panels().overlaps(area) || screen.serving().overlaps(area));
        layers.register(Layer.HEADER, () -> header.draw(text, screen, host, frameStats), screen.header()::overlaps);
        layers.register(Layer.FACTOIDS, () -> factoids.draw(text, screen.footer(), pacer.mode()), screen.footer()::overlaps);
        layers.register(Layer.BANNER, this::drawBanner, screen.banner()::overlaps);
        layers.register(Layer.CONTROLS, wiring::drawControls, wiring::controlsPaintInto);
    }

    /** The die and its banks, or the cluster with its own caption (V or the button switch them). */
    private void drawScene() {
        if (clusterShown()) {
            scene.drawWaves(painter, host, repaint.movingScene(), detail());
            cluster.draw(painter, text, sceneArea, detail());
        } else {
            scene.draw(painter, text, host, repaint.movingScene(), detail());
        }
    }

    private boolean clusterShown() {
        return wiring.sceneChoice().shown() == SceneChoice.Scene.CLUSTER;
    }

    private void drawBanner() {
        if (screen.bannerForm() == BannerForm.FULL) {
            flashBanner.draw(painter, text, host, screen.banner(), time);
        } else if (screen.bannerForm() == BannerForm.COMPACT) {
            flashBanner.drawCompact(painter, text, host, screen.banner());
        }
    }

    /** Phones, and scenes too short for the legend (a 7680x100 strip), get the simple scene. */
    private Detail detail() {
        return screen.isNarrow() || sceneArea.height < SIMPLE_SCENE_BELOW * screen.density() ? Detail.SIMPLE
                : Detail.FULL;
    }

    /** What the banks show now, for end-to-end tests (see {@link ViewJson}); "null" before start. */
    public String viewJson() {
        return host == null ? "null"
                : ViewJson.of(scene, host, sceneArea, height, panels.budget().view(), panels.budgetArea(),
                        panels.papers());
    }

    /** How the screen is laid out, in window pixels (see {@link UiJson}); "null" before start. */
    public String uiJson() {
        return host == null ? "null" : UiJson.of(screen, fonts, scene, panels, wiring);
    }

    /** Lets a profiler see each layer drawn on its own (bench-render --fill); {@code LayerProbe.NONE} stops it. */
    public void watchLayers(LayerProbe probe) {
        layers.watch(probe);
    }

    /** Frames that repainted only the scene, of {@link #framesDrawn()}. */
    public long sceneFramesDrawn() {
        return frameStats.sceneFrames();
    }

    /** Draws one frame that repaints only the scene, where the window keeps its pixels (a test's check). */
    public void repaintSceneOnce() {
        pacer.repaintSceneOnce();
    }

    public long framesDrawn() {
        return frameStats.frames();
    }

    /** How the last frame was drawn: continuously, or on change while nothing moves. */
    public RenderMode renderMode() {
        return pacer == null ? RenderMode.CONTINUOUS : pacer.mode();
    }

    /**
     * Something from outside the input (a script's command, the system's motion setting) changed
     * what to draw: draw at once, from any event handler of the page or the render thread.
     */
    public void wake() {
        if (pacer != null) {
            pacer.wake();
        }
    }

    public boolean isPaused() {
        return host != null && !host.isPlaying();
    }

    /** The running simulation and its figures; null only when the catalogs could not be loaded. */
    public SimulationHost host() {
        return host;
    }

    /** The host, its command queue, notices and controls; null only when the catalogs could not be loaded. */
    public AppWiring wiring() {
        return wiring;
    }

    @Override
    public void dispose() {
        pacer.dispose();
        if (wiring != null) {
            wiring.dispose();
        }
        batch.dispose();
        if (flatShader != null) {
            flatShader.dispose();
        }
        if (fillShader != null) {
            fillShader.dispose();
        }
        fonts.dispose();
        atlas.dispose();
    }
}
