package dev.kvcache.ui;

import com.badlogic.gdx.graphics.g2d.Batch;
import com.badlogic.gdx.scenes.scene2d.Actor;
import com.badlogic.gdx.scenes.scene2d.Touchable;

/**
 * An invisible actor placed before each of the stage's widgets: it makes the batch draw what it
 * holds, so text the frame's batch held back (see render.FillKindBatch) from the widgets below is
 * drawn before the fills of the widgets above, which may cover it (an overlay over the dock).
 */
final class BatchBoundary extends Actor {
    BatchBoundary() {
        setTouchable(Touchable.disabled);
    }

    @Override
    public void draw(Batch batch, float parentAlpha) {
        batch.flush();
    }
}
