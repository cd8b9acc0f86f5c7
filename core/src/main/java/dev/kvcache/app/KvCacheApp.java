package dev.kvcache.app;

import com.badlogic.gdx.ApplicationAdapter;
import com.badlogic.gdx.Gdx;
import com.badlogic.gdx.graphics.GL20;
import com.badlogic.gdx.graphics.g2d.SpriteBatch;
import dev.kvcache.input.Action;
import dev.kvcache.input.ActionSink;
import dev.kvcache.input.KeyBindings;
import dev.kvcache.input.KeyboardInput;
import dev.kvcache.render.DeviceLook;
import dev.kvcache.render.DieView;
import dev.kvcache.render.FlatPainter;
import dev.kvcache.render.MemoryModuleView;
import dev.kvcache.render.Palette;
import dev.kvcache.render.SceneLayout;
import dev.kvcache.render.TextPainter;
import dev.kvcache.ui.FontSource;
import dev.kvcache.ui.FontStyle;

/** Composition root: wires fonts, views and input, and runs the frame loop. Owns no memory logic. */
public final class KvCacheApp extends ApplicationAdapter implements ActionSink {
    public static final String TITLE = "KV Cache Growth Simulator";

    private final Platform platform;
    private final DeviceLook device;
    private final FrameStats frameStats = new FrameStats();
    private final SceneLayout layout = new SceneLayout();
    private final DieView dieView = new DieView();
    private final MemoryModuleView moduleView = new MemoryModuleView();
    private final StringBuilder counterText = new StringBuilder(48);
    private SpriteBatch batch;
    private FlatPainter painter;
    private FontSource fonts;
    private TextPainter text;
    private boolean paused;
    private int width = 1;
    private int height = 1;

    public KvCacheApp(Platform platform, DeviceLook device) {
        this.platform = platform;
        this.device = device;
    }

    @Override
    public void create() {
        batch = new SpriteBatch();
        painter = new FlatPainter();
        fonts = platform.createFontSource();
        text = new TextPainter(fonts);
        Gdx.input.setInputProcessor(new KeyboardInput(KeyBindings.defaults(), this));
        resize(Gdx.graphics.getBackBufferWidth(), Gdx.graphics.getBackBufferHeight());
    }

    @Override
    public void resize(int newWidth, int newHeight) {
        if (newWidth <= 0 || newHeight <= 0) {
            return; // minimised: keep the last good layout
        }
        width = newWidth;
        height = newHeight;
        batch.getProjectionMatrix().setToOrtho2D(0, 0, width, height);
        float textScale = Math.min(width / SceneLayout.REFERENCE_WIDTH, height / SceneLayout.REFERENCE_HEIGHT);
        fonts.setScale(textScale);
        float headerHeight = fonts.get(FontStyle.TITLE).getLineHeight() * 2.6f;
        layout.update(0, 0, width, height - headerHeight, device.moduleCount);
    }

    @Override
    public void render() {
        frameStats.frameDrawn(Gdx.graphics.getDeltaTime());
        Gdx.gl.glClearColor(0f, 0f, 0f, 1f);
        Gdx.gl.glClear(GL20.GL_COLOR_BUFFER_BIT);
        batch.begin();
        painter.use(batch);
        text.use(batch);
        painter.verticalGradient(0, 0, width, height, Palette.BACKGROUND_BOTTOM, Palette.BACKGROUND_TOP);
        moduleView.draw(painter, text, layout.modules(), layout.scale(), device);
        dieView.draw(painter, text, layout.die(), device);
        drawHeader();
        batch.end();
        platform.frameDrawn(this);
    }

    private void drawHeader() {
        float margin = Math.max(6f, 16f * Math.min(width / SceneLayout.REFERENCE_WIDTH, 1f));
        float top = height - margin;
        float used = text.draw(TITLE, FontStyle.TITLE, Palette.TEXT, margin, top);
        String subtitle = device.name + " \u00b7 " + device.moduleCount + " \u00d7 " + device.memoryType + " "
                + device.moduleNoun + (device.moduleCount == 1 ? "" : "s");
        text.draw(subtitle, FontStyle.BODY, Palette.TEXT_DIM, margin, top - used - margin * 0.6f);
        counterText.setLength(0);
        counterText.append("frame ").append(frameStats.frames()).append(" \u00b7 ").append(frameStats.fps())
                .append(" fps");
        if (paused) {
            counterText.append(" \u00b7 PAUSED");
        }
        text.drawRight(counterText, FontStyle.SMALL, Palette.TEXT_DIM, width - margin, top);
    }

    @Override
    public void perform(Action action) {
        if (action == Action.PLAY_PAUSE) {
            paused = !paused;
        }
    }

    public long framesDrawn() {
        return frameStats.frames();
    }

    public boolean isPaused() {
        return paused;
    }

    @Override
    public void dispose() {
        batch.dispose();
        painter.dispose();
        fonts.dispose();
    }
}
