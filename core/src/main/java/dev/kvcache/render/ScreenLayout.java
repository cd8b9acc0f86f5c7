package dev.kvcache.render;

import com.badlogic.gdx.math.Rectangle;

/**
 * Splits the window into regions. Wide windows: header on top, panels left, scene centre,
 * controls right, factoid strip at the bottom (the layout users know from the original).
 * Narrow or portrait windows (phones): header, scene, panels below it, controls at the bottom,
 * no factoids. All sizes in physical pixels; nothing is ever negative or NaN.
 */
public final class ScreenLayout {
    /** Below this width (px at scale 1) or in portrait, the narrow layout is used. */
    public static final float NARROW_BELOW_WIDTH = 900f;

    private final Rectangle header = new Rectangle();
    private final Rectangle panels = new Rectangle();
    private final Rectangle scene = new Rectangle();
    private final Rectangle controls = new Rectangle();
    private final Rectangle footer = new Rectangle();
    private boolean narrow;
    private float scale = 1f;
    private float margin;

    public void update(float width, float height, float headerHeight) {
        float w = Math.max(1f, finite(width));
        float h = Math.max(1f, finite(height));
        scale = Math.max(0.05f, Math.min(w / SceneLayout.REFERENCE_WIDTH, h / SceneLayout.REFERENCE_HEIGHT));
        narrow = w < NARROW_BELOW_WIDTH || h > w * 1.05f;
        margin = Math.max(4f, 16f * Math.min(1f, scale * 1.2f));
        float headerH = Math.min(Math.max(0f, finite(headerHeight)), h * 0.3f);
        header.set(0, h - headerH, w, headerH);
        float bodyTop = h - headerH;
        if (narrow) {
            float controlsH = Math.min(h * 0.22f, Math.max(90f, h * 0.16f));
            controls.set(margin, margin, Math.max(0f, w - 2 * margin), controlsH);
            float rest = Math.max(1f, bodyTop - controlsH - 2 * margin);
            float sceneH = rest * 0.62f;
            scene.set(0, bodyTop - sceneH, w, sceneH);
            panels.set(margin, controls.y + controlsH + margin, Math.max(0f, w - 2 * margin),
                    Math.max(0f, rest - sceneH - margin));
            footer.set(0, 0, 0, 0);
        } else {
            float panelW = Math.max(250f, 340f * scale);
            float controlW = Math.max(150f, 210f * scale);
            float footerH = Math.max(18f, 40f * scale);
            footer.set(0, 0, w, footerH);
            float bodyH = Math.max(1f, bodyTop - footerH);
            panels.set(margin, footerH, panelW, bodyH);
            controls.set(w - controlW - margin, footerH, controlW, bodyH);
            float sceneX = panels.x + panelW + margin;
            scene.set(sceneX, footerH, Math.max(1f, controls.x - margin - sceneX), bodyH);
        }
    }

    private static float finite(float value) {
        return (Float.isNaN(value) || Float.isInfinite(value)) ? 0f : value;
    }

    public boolean isNarrow() {
        return narrow;
    }

    /** Reference pixels to screen pixels. */
    public float scale() {
        return scale;
    }

    public float margin() {
        return margin;
    }

    public Rectangle header() {
        return header;
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

    /** The factoid strip; zero-sized in the narrow layout. */
    public Rectangle footer() {
        return footer;
    }
}
