package dev.kvcache.ui;

import com.badlogic.gdx.graphics.Color;
import com.badlogic.gdx.graphics.g2d.BitmapFont;
import com.badlogic.gdx.graphics.g2d.TextureRegion;
import com.badlogic.gdx.scenes.scene2d.ui.Label.LabelStyle;
import com.badlogic.gdx.scenes.scene2d.ui.List.ListStyle;
import com.badlogic.gdx.scenes.scene2d.ui.ScrollPane.ScrollPaneStyle;
import com.badlogic.gdx.scenes.scene2d.ui.TextButton.TextButtonStyle;
import com.badlogic.gdx.scenes.scene2d.ui.TextField.TextFieldStyle;
import com.badlogic.gdx.scenes.scene2d.utils.Drawable;
import com.badlogic.gdx.scenes.scene2d.utils.TextureRegionDrawable;
import dev.kvcache.render.FlatPainter;
import dev.kvcache.render.FontSource;
import dev.kvcache.render.FontStyle;
import dev.kvcache.render.ScreenLayout;

/**
 * Scene2D styles made in code from the app's fonts (a Skin JSON would need reflection GWT does not
 * have). Panels and buttons are flat fills on the fonts' own texture, the one atlas, so the controls
 * draw in the same batch as their labels. Rebuilt whenever the font scale changes.
 */
public final class UiSkin {
    /** Opaque: a panel over the scene (the phone's "More", help, lists) must not let the banks show through. */
    static final Color PANEL = new Color(0x0e1424ff);
    /** The panel colour for the console and the model search (the same opaque panel). */
    static final Color PANEL_OPAQUE = PANEL;
    static final Color BUTTON = new Color(0x1f2a40ff);
    static final Color BUTTON_DOWN = new Color(0x2f4a70ff);
    static final Color BUTTON_ON = new Color(0x1d5f7aff);
    static final Color TEXT = new Color(0xe8ecf4ff);
    static final Color TEXT_DIM = new Color(0x9aa4b8ff);
    static final Color ACCENT = new Color(0x4fc3f7ff);

    /** A flat fill on the fonts' texture, made at the first rebuild. */
    private TextureRegionDrawable dot;
    public TextButtonStyle button;
    public TextButtonStyle toggle;
    public LabelStyle body;
    public LabelStyle small;
    public LabelStyle heading;
    public TextFieldStyle field;
    public ListStyle list;
    public ScrollPaneStyle scroll;
    public Drawable panel;
    /** The layout's scale (physical pixels per reference pixel, density included), for paddings. */
    public float scale = 1f;
    /** Smallest button edge in physical pixels (a fingertip on phones). */
    public float touchTarget = ScreenLayout.POINTER_TARGET;

    /** Builds every style from the fonts at their current scale, for the layout {@code screen}. */
    public void rebuild(FontSource fonts, ScreenLayout screen) {
        scale = Math.max(0.3f, screen.scale());
        touchTarget = screen.touchTarget();
        BitmapFont bodyFont = fonts.get(FontStyle.BODY);
        if (dot == null || dot.getRegion().getTexture() != bodyFont.getRegion().getTexture()) {
            TextureRegion flat = new TextureRegion(bodyFont.getRegion().getTexture());
            // Flagged flat (see FillShader): the controls' panels and buttons fill without reading the texture.
            flat.setRegion(FlatPainter.FLAT, FlatPainter.FLAT, FlatPainter.FLAT, FlatPainter.FLAT);
            dot = new TextureRegionDrawable(flat);
        }
        button = new TextButtonStyle(dot.tint(BUTTON), dot.tint(BUTTON_DOWN), null, bodyFont);
        button.fontColor = TEXT;
        toggle = new TextButtonStyle(dot.tint(BUTTON), dot.tint(BUTTON_DOWN), dot.tint(BUTTON_ON), bodyFont);
        toggle.fontColor = TEXT_DIM;
        toggle.checkedFontColor = TEXT;
        body = new LabelStyle(bodyFont, TEXT);
        small = new LabelStyle(fonts.get(FontStyle.SMALL), TEXT_DIM);
        heading = new LabelStyle(fonts.get(FontStyle.HEADING), ACCENT);
        field = new TextFieldStyle(bodyFont, TEXT, dot.tint(ACCENT), dot.tint(BUTTON_DOWN), dot.tint(BUTTON));
        list = new ListStyle(bodyFont, TEXT, TEXT_DIM, dot.tint(BUTTON_ON));
        scroll = new ScrollPaneStyle();
        // A visible track and knob (a 1x1 drawable would be one pixel wide): the panel can scroll.
        scroll.vScroll = dot.tint(BUTTON);
        scroll.vScroll.setMinWidth(pad(6));
        scroll.vScrollKnob = dot.tint(ACCENT);
        scroll.vScrollKnob.setMinWidth(pad(6));
        scroll.vScrollKnob.setMinHeight(touchTarget * 0.5f);
        panel = dot.tint(PANEL);
    }

    /** A new flat fill of {@code colour}, whose paddings the caller may set. */
    Drawable fill(Color colour) {
        return dot.tint(colour);
    }

    /** Padding in pixels for {@code referencePixels} at the reference size, never below 2. */
    public float pad(float referencePixels) {
        return Math.max(2f, referencePixels * scale);
    }

    /** Owns no texture: the atlas is the app's. */
    public void dispose() {
        dot = null;
    }
}
