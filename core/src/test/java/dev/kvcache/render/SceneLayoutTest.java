package dev.kvcache.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.badlogic.gdx.math.Rectangle;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SceneLayoutTest {
    @ParameterizedTest
    @CsvSource({"1600, 1000, 5", "320, 480, 5", "3840, 2160, 8", "1600, 1000, 1", "1600, 1000, 12",
        "1200, 800, 24", "1, 1, 5"})
    void modulesSurroundTheDieWithoutOverlapInsideTheArea(float width, float height, int modules) {
        SceneLayout layout = new SceneLayout();
        layout.update(0, 0, width, height, modules, 0f);
        assertEquals(modules, layout.modules().size);
        Rectangle die = layout.die();
        assertFalse(Float.isNaN(die.width) || Float.isNaN(die.x), "no NaN");
        assertTrue(die.width > 0);
        for (int i = 0; i < layout.modules().size; i++) {
            Rectangle module = layout.modules().get(i);
            assertFalse(module.overlaps(die), "module " + i + " overlaps the die");
            assertTrue(module.width > 0 && module.height > 0, "module " + i + " has a size");
            if (width > 100) {
                assertTrue(module.x >= 0 && module.y >= 0 && module.x + module.width <= width
                        && module.y + module.height <= height, "module " + i + " inside the window");
            }
            for (int j = i + 1; j < layout.modules().size; j++) {
                assertFalse(module.overlaps(layout.modules().get(j)), "modules " + i + " and " + j + " overlap");
            }
        }
    }

    @ParameterizedTest
    @CsvSource({"0, 0", "-5, 100", "NaN, 100"})
    void degenerateSizesFallBackWithoutNaN(float width, float height) {
        SceneLayout layout = new SceneLayout();
        layout.update(0, 0, width, height, 5, 0f);
        assertFalse(Float.isNaN(layout.scale()));
        assertTrue(layout.scale() > 0);
    }

    @ParameterizedTest
    @CsvSource({"1002, 860, 5, 70", "762, 600, 8, 90", "2400, 1900, 6, 120", "1002, 860, 24, 70"})
    void theCaptionSitsUnderTheModulesAndNothingSweepsThroughIt(float width, float height, int modules,
            float caption) {
        SceneLayout layout = new SceneLayout();
        layout.update(0, 0, width, height, modules, caption);
        float captionTop = layout.captionTop();
        assertTrue(captionTop - layout.captionHeight() >= 0f, "the caption fits in the area");
        for (int i = 0; i < layout.modules().size; i++) {
            assertTrue(layout.modules().get(i).y > captionTop, "module " + i + " above the caption");
        }
        // The attention diagonal is drawn in scene(): it must start above the caption, not under it.
        assertTrue(layout.scene().y >= captionTop, "scene area starts at " + layout.scene().y
                + ", below the caption top " + captionTop);
        assertTrue(layout.scene().y + layout.scene().height <= height + 0.01f, "scene area inside the window");
    }
}
