package dev.kvcache.render;

import com.badlogic.gdx.math.Rectangle;

/**
 * Splits the window into regions. Wide windows: header on top, panels left, scene centre,
 * controls right, factoid strip at the bottom (the layout users know from the original); where the
 * scene has room to spare under its die and banks, a band at its foot for the serving figures and
 * chart.
 * Narrow or portrait windows (phones): header, a row for the one-line banner and the weights
 * button, scene, panels below it, the button strip at the bottom, no factoids.
 *
 * <p>Rectangles are in physical pixels (what the GL back buffer and the stage use); every rule is
 * in density-independent pixels (dp, CSS pixels in the browser): {@link #measure} takes the
 * screen's density and derives the one {@link #scale()} that fonts, paddings and buttons share.
 * Nothing is ever negative or NaN.
 */
public final class ScreenLayout {
    /** Below this width (dp) or in portrait, the narrow layout is used. */
    public static final float NARROW_BELOW_WIDTH = 900f;
    /** The layout never shrinks below this fraction of the 1600x1000 reference (in dp). */
    public static final float MIN_FIT = 0.75f;
    /** Smallest edge of a button a finger presses (dp), as in Apple's and the W3C's guidelines. */
    public static final float TOUCH_TARGET = 44f;
    /** Smallest edge of a button in the wide layout with a mouse (dp). */
    public static final float POINTER_TARGET = 28f;
    /** Wide windows shorter than this (dp) give the factoid strip's room to the scene. */
    public static final float FOOTER_BELOW_HEIGHT = 360f;
    /**
     * The serving band is carved from the scene only when the scene keeps at least this width and
     * this height above it (reference px): the die and banks, which scale to the 1600x1000 reference
     * at most, then keep their size.
     */
    static final float BAND_MIN_SCENE_WIDTH = 640f;
    static final float BAND_MIN_SCENE_HEIGHT = 540f;
    /** Buttons in the narrow layout's strip (play, previous and next model, faster, reset, more). */
    public static final int STRIP_BUTTONS = 6;
    /** Narrowest strip button that holds its label at the 12 dp text size (dp). */
    static final float STRIP_BUTTON_WIDTH = 64f;

    private final Rectangle header = new Rectangle();
    private final Rectangle bannerRow = new Rectangle();
    private final Rectangle banner = new Rectangle();
    private final Rectangle panels = new Rectangle();
    private final Rectangle scene = new Rectangle();
    private final Rectangle controls = new Rectangle();
    private final Rectangle footer = new Rectangle();
    private final Rectangle weightsButton = new Rectangle();
    private final Rectangle serving = new Rectangle();
    private BannerForm bannerForm = BannerForm.NONE;
    private boolean narrow;
    private PointerPrecision pointer = PointerPrecision.FINE;
    private float width = 1f;
    private float height = 1f;
    private float density = 1f;
    private float scale = 1f;
    private float margin;
    private int stripColumns = STRIP_BUTTONS;
    private int stripRows = 1;

    /**
     * First step of a layout: the window's size in physical pixels and its density (physical pixels
     * per dp: the browser's devicePixelRatio, the desktop monitor's content scale) and how precise
     * its main pointer is. Sets the scale, margin, touch target and whether the layout is narrow;
     * fonts are sized from these before {@link #arrange}.
     */
    public void measure(float widthPixels, float heightPixels, float pixelsPerDp, PointerPrecision precision) {
        pointer = precision == null ? PointerPrecision.FINE : precision;
        width = Math.max(1f, finite(widthPixels));
        height = Math.max(1f, finite(heightPixels));
        density = pixelsPerDp > 0f && !Float.isNaN(pixelsPerDp) && !Float.isInfinite(pixelsPerDp)
                ? Math.max(0.25f, Math.min(pixelsPerDp, 8f)) : 1f;
        float widthDp = width / density;
        float heightDp = height / density;
        float fit = Math.min(widthDp / SceneLayout.REFERENCE_WIDTH, heightDp / SceneLayout.REFERENCE_HEIGHT);
        scale = density * Math.max(MIN_FIT, fit);
        narrow = widthDp < NARROW_BELOW_WIDTH || heightDp > widthDp * 1.05f;
        margin = 16f * scale;
        float gapDp = gap() / density;
        int fitting = (int) Math.floor((widthDp - 2 * margin / density + gapDp) / (STRIP_BUTTON_WIDTH + gapDp));
        fitting = Math.max(1, Math.min(STRIP_BUTTONS, fitting));
        stripRows = (STRIP_BUTTONS + fitting - 1) / fitting;
        stripColumns = (STRIP_BUTTONS + stripRows - 1) / stripRows;
    }

    /**
     * Second step, once the fonts have their size: places the regions for a header
     * {@code headerHeight} tall and a FlashAttention banner {@code fullBannerHeight} tall as a
     * block or {@code compactBannerHeight} as one line (all physical pixels).
     */
    public void arrange(float headerHeight, float fullBannerHeight, float compactBannerHeight) {
        arrange(headerHeight, fullBannerHeight, compactBannerHeight, 0f);
    }

    /**
     * The same with a serving band {@code bandHeight} tall (physical pixels; 0 for none) at the foot
     * of the scene, where the wide layout's scene has room for it.
     */
    public void arrange(float headerHeight, float fullBannerHeight, float compactBannerHeight, float bandHeight) {
        float w = width;
        float h = height;
        float headerH = Math.min(Math.max(0f, finite(headerHeight)), h * 0.3f);
        header.set(0, h - headerH, w, headerH);
        float bodyTop = h - headerH;
        banner.set(0, 0, 0, 0);
        bannerRow.set(0, 0, 0, 0);
        bannerForm = BannerForm.NONE;
        serving.set(0, 0, 0, 0);
        if (narrow) {
            arrangeNarrow(bodyTop, Math.max(0f, finite(compactBannerHeight)));
        } else {
            arrangeWide(bodyTop, Math.max(0f, finite(fullBannerHeight)), Math.max(0f, finite(compactBannerHeight)));
            placeServingBand(Math.max(0f, finite(bandHeight)));
        }
        placeWeightsButton();
    }

    /** The band at the scene's foot, a margin under the scene, where the scene keeps its minimum above it. */
    private void placeServingBand(float bandHeight) {
        float taken = bandHeight + margin;
        if (bandHeight <= 0f || scene.width < BAND_MIN_SCENE_WIDTH * scale
                || scene.height - taken < BAND_MIN_SCENE_HEIGHT * scale) {
            return;
        }
        serving.set(scene.x, scene.y, scene.width, bandHeight);
        scene.y += taken;
        scene.height -= taken;
    }

    /** Narrow: at the right of the row under the header; wide: the header's bottom right, over the controls. */
    private void placeWeightsButton() {
        float buttonW = Math.min(150f * scale, Math.max(1f, width - 2 * margin));
        float buttonH = touchTarget();
        float y;
        if (narrow) {
            y = bannerRow.y + (bannerRow.height - buttonH) / 2f;
        } else {
            buttonH = Math.max(buttonH, Math.min(header.height * 0.42f, 30f * scale));
            y = Math.min(header.y + margin * 0.4f, height - buttonH);
        }
        weightsButton.set(width - margin - buttonW, Math.max(0f, y), buttonW, buttonH);
        if (narrow && bannerForm == BannerForm.COMPACT) {
            // The one-line banner shares its row with the button: it may run up to a margin before it.
            banner.width = weightsButton.x - margin - banner.x;
            if (banner.width <= 0f) {
                banner.set(0, 0, 0, 0);
                bannerForm = BannerForm.NONE;
            }
        }
    }

    private void arrangeNarrow(float bodyTop, float compactBannerHeight) {
        float w = width;
        float gap = gap();
        float controlsH = stripRows * touchTarget() + (stripRows + 1) * gap;
        controls.set(margin, margin, Math.max(0f, w - 2 * margin), controlsH);
        // The row under the header holds the one-line banner (left) and the weights button (right).
        float rowH = Math.min(Math.max(touchTarget(), compactBannerHeight) + margin * 0.5f,
                Math.max(0f, bodyTop - controls.y - controlsH));
        bannerRow.set(0, bodyTop - rowH, w, rowH);
        if (compactBannerHeight > 0f && compactBannerHeight <= rowH) {
            bannerForm = BannerForm.COMPACT;
            banner.set(margin, bannerRow.y + (rowH - compactBannerHeight) / 2f, w - 2 * margin,
                    compactBannerHeight);
        }
        float rest = Math.max(1f, bannerRow.y - controls.y - controlsH - margin);
        // The scene gets what its width can use (the modules and die beside each other, the caption
        // under them, about 0.7 of the width), the panels the rest: on a 390x844 phone that is room
        // for the info panel's compact form.
        float sceneH = Math.min(rest * 0.62f, w * 0.7f);
        scene.set(0, bannerRow.y - sceneH, w, sceneH);
        panels.set(margin, controls.y + controlsH + margin, Math.max(0f, w - 2 * margin),
                Math.max(0f, rest - sceneH - margin));
        footer.set(0, 0, 0, 0);
    }

    private void arrangeWide(float bodyTop, float fullBannerHeight, float compactBannerHeight) {
        float w = width;
        // Wide enough for an info row ("Requests" and its three counts) in 12 dp text.
        float panelW = Math.max(340f * scale, 300f * density);
        float controlW = Math.max(210f * scale, 190f * density);
        float footerH = height / density < FOOTER_BELOW_HEIGHT ? 0f : 40f * scale;
        footer.set(0, 0, w, footerH);
        float bodyH = Math.max(1f, bodyTop - footerH);
        panels.set(margin, footerH, panelW, bodyH);
        controls.set(w - controlW - margin, footerH, controlW, bodyH);
        float sceneX = panels.x + panelW + margin;
        scene.set(sceneX, footerH, Math.max(1f, controls.x - margin - sceneX), bodyH);
        placeWideBanner(fullBannerHeight, compactBannerHeight);
    }

    /**
     * The block hangs from the top centre; where the header band is too short for it, the scene
     * starts below it, so it never covers the die. A window too short for that gets the one-line
     * form above the scene, and one too short for even that gets no banner.
     */
    private void placeWideBanner(float fullBannerHeight, float compactBannerHeight) {
        if (fullBannerHeight <= 0f) {
            return;
        }
        float top = height - margin * 0.5f;
        float bannerX = scene.x + scene.width * 0.2f;
        float bannerW = scene.width * 0.6f;
        float sceneTop = scene.y + scene.height;
        float below = top - fullBannerHeight - margin * 0.5f;
        if (below >= sceneTop || sceneTop - below <= scene.height * 0.35f) {
            bannerForm = BannerForm.FULL;
            banner.set(bannerX, top - fullBannerHeight, bannerW, fullBannerHeight);
            scene.height = Math.min(scene.height, below - scene.y);
            return;
        }
        float strip = compactBannerHeight + margin * 0.5f;
        if (compactBannerHeight > 0f && strip <= scene.height * 0.4f) {
            bannerForm = BannerForm.COMPACT;
            bannerRow.set(scene.x, sceneTop - strip, scene.width, strip);
            banner.set(scene.x, sceneTop - compactBannerHeight, bannerW, compactBannerHeight);
            scene.height -= strip;
        }
    }

    private float gap() {
        return 6f * scale;
    }

    private static float finite(float value) {
        return (Float.isNaN(value) || Float.isInfinite(value)) ? 0f : value;
    }

    public boolean isNarrow() {
        return narrow;
    }

    /** Physical pixels per reference pixel: density x the window's fit to 1600x1000 dp, at least 0.75. */
    public float scale() {
        return scale;
    }

    /** Physical pixels per density-independent pixel (CSS pixel). */
    public float density() {
        return density;
    }

    public float margin() {
        return margin;
    }

    /**
     * Smallest button edge (physical px): a fingertip in the narrow layout and on any touch screen,
     * a mouse click in the wide layout with a mouse.
     */
    public float touchTarget() {
        return (narrow || pointer == PointerPrecision.COARSE ? TOUCH_TARGET : POINTER_TARGET) * density;
    }

    /** Columns of the narrow layout's button strip. */
    public int stripColumns() {
        return stripColumns;
    }

    public Rectangle header() {
        return header;
    }

    /** Where the FlashAttention banner goes in its {@link #bannerForm()}; empty when none. */
    public Rectangle banner() {
        return banner;
    }

    public BannerForm bannerForm() {
        return bannerForm;
    }

    /**
     * The row above the scene that holds the one-line banner (and, in the narrow layout, the
     * weights button); empty when there is none.
     */
    public Rectangle bannerRow() {
        return bannerRow;
    }

    /** Width the header's text may take from the left margin without running under the banner. */
    public float headerTextWidth() {
        float full = Math.max(1f, width - 2 * margin);
        if (bannerForm == BannerForm.FULL && banner.y < header.y + header.height && !narrow) {
            return Math.max(1f, Math.min(full, banner.x - 2 * margin));
        }
        return full;
    }

    /** The "Weights: shown / hidden" button. */
    public Rectangle weightsButton() {
        return weightsButton;
    }

    public Rectangle panels() {
        return panels;
    }

    public Rectangle scene() {
        return scene;
    }

    public Rectangle controls() {
        return controls;
    }

    /** The band for the serving figures and chart at the foot of the scene; empty where the scene has no room for it. */
    public Rectangle serving() {
        return serving;
    }

    /** The factoid strip; zero-sized in the narrow layout and in wide windows too short for it. */
    public Rectangle footer() {
        return footer;
    }
}
