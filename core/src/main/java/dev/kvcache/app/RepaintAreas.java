package dev.kvcache.app;

import com.badlogic.gdx.math.Rectangle;
import com.badlogic.gdx.scenes.scene2d.utils.ScissorStack;
import dev.kvcache.host.RedrawRule.Redraw;
import dev.kvcache.render.LayerStack;

/**
 * Where a frame repaints (see {@link dev.kvcache.host.RedrawRule}): the whole window, or the part
 * of the scene that moves every frame, in whole pixels; and, as the layers' {@link LayerStack.Clip},
 * the scissor that keeps them to it. Owns no drawing.
 */
final class RepaintAreas implements LayerStack.Clip {
    private final Rectangle window = new Rectangle();
    private final Rectangle movingScene = new Rectangle();
    private final Rectangle sceneRepaint = new Rectangle();
    /** ScissorStack keeps the rectangle it is given: one for the frame's clip, never a region laid out here. */
    private final Rectangle scissor = new Rectangle();
    private boolean pushed;

    /** A {@code width x height} window. */
    void resize(int width, int height) {
        window.set(0, 0, width, height);
    }

    /** The whole scene moves every frame (the cluster view, whose caption's figures change rarely). */
    void sceneMoves(Rectangle scene) {
        movingScene.set(scene);
        placeSceneRepaint();
    }

    /**
     * The scene moves above {@code bottom} only: below it lies the memory caption, whose figures
     * change with the panels', on whole frames, so the two never disagree.
     */
    void sceneMovesAbove(Rectangle scene, float bottom) {
        float cut = Math.max(scene.y, (float) Math.ceil(bottom));
        movingScene.set(scene.x, cut, scene.width, Math.max(0f, scene.y + scene.height - cut));
        placeSceneRepaint();
    }

    /** The part of the scene that moves every frame: where the waves run. */
    Rectangle movingScene() {
        return movingScene;
    }

    /** Whether a frame that repaints only the scene has any whole pixel to repaint. */
    boolean sceneHasPixels() {
        return sceneRepaint.width >= 1f && sceneRepaint.height >= 1f;
    }

    /** What a frame of {@code redraw} repaints: the whole window, or the moving scene's whole pixels. */
    Rectangle of(Redraw redraw) {
        return redraw == Redraw.SCENE ? sceneRepaint : window;
    }

    @Override
    public void begin(Rectangle area) {
        // Scene2D's scroll panes push their own scissors on top of this one, and restore it.
        pushed = ScissorStack.pushScissors(scissor.set(area));
    }

    @Override
    public void end() {
        if (pushed) {
            ScissorStack.popScissors();
        }
    }

    /**
     * The moving scene shrunk to the whole pixels inside it, so the clear and the scissor cover the
     * same ones and a region that only touches it (the header above the scene) does not reach it.
     */
    private void placeSceneRepaint() {
        float left = (float) Math.ceil(movingScene.x);
        float bottom = (float) Math.ceil(movingScene.y);
        sceneRepaint.set(left, bottom, Math.max(0f, (float) Math.floor(movingScene.x + movingScene.width) - left),
                Math.max(0f, (float) Math.floor(movingScene.y + movingScene.height) - bottom));
    }
}
