package dev.kvcache.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.badlogic.gdx.math.Rectangle;
import com.badlogic.gdx.utils.Array;
import org.junit.jupiter.api.Test;

/** Particles under the die are not drawn: the die's opaque body, drawn after them, would hide them all. */
class ParticleFieldTest {
    private static final float SIZE = 3f;

    @Test
    void onlyParticlesWhollyUnderTheDieAreLeftOut() {
        ParticleField particles = new ParticleField();
        Array<Rectangle> modules = new Array<>();
        modules.add(new Rectangle(40, 300, 120, 400));
        modules.add(new Rectangle(840, 300, 120, 400));
        Rectangle die = new Rectangle(350, 350, 300, 300);
        for (int frame = 0; frame < 90; frame++) {
            particles.update(1f / 60f, 600f, modules, die, ParticleField.CAPACITY, 1f);
        }
        Rectangle covered = DieView.covered(die, new Rectangle());
        assertEquals(new Rectangle(346.4f, 346.4f, 307.2f, 307.2f).toString(), covered.toString());

        CountingBatch batch = CountingBatch.create();
        FlatPainter painter = new FlatPainter(null);
        painter.use(batch);
        particles.draw(painter, SIZE, false, new Rectangle());
        painter.flush();
        int everyQuad = batch.vertices() / 4;
        int wholly = 0;
        for (int quad = 0; quad < everyQuad; quad++) {
            // Vertices: bottom left, top left, top right, bottom right.
            float left = batch.x(quad * 4);
            float bottom = batch.y(quad * 4);
            float right = batch.x(quad * 4 + 2);
            float top = batch.y(quad * 4 + 2);
            if (left >= covered.x && right <= covered.x + covered.width && bottom >= covered.y
                    && top <= covered.y + covered.height) {
                wholly++;
            }
        }
        assertTrue(everyQuad > 300 && wholly > everyQuad / 5, everyQuad + " particles, " + wholly + " under the die");

        batch.clear();
        particles.draw(painter, SIZE, false, covered);
        painter.flush();
        assertEquals(everyQuad - wholly, batch.vertices() / 4, "every particle not wholly under the die is drawn");
    }
}
