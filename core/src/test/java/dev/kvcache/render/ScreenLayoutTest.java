package dev.kvcache.render;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.badlogic.gdx.math.Rectangle;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The screen's regions never overlap and never leave the window, from a phone to a 4K screen. */
class ScreenLayoutTest {
    @ParameterizedTest
    @CsvSource({"320, 480", "360, 640", "480, 320", "800, 600", "1024, 768", "1280, 800", "1600, 1000",
        "1920, 1080", "2560, 1440", "3840, 2160", "1, 1"})
    void regionsAreDisjointAndInsideTheWindow(float width, float height) {
        ScreenLayout layout = new ScreenLayout();
        layout.update(width, height, Math.min(90f, height * 0.2f));
        Rectangle[] regions = {layout.header(), layout.panels(), layout.scene(), layout.controls(), layout.footer()};
        String[] names = {"header", "panels", "scene", "controls", "footer"};
        for (int i = 0; i < regions.length; i++) {
            Rectangle r = regions[i];
            assertFalse(Float.isNaN(r.x + r.y + r.width + r.height), names[i] + " has no NaN");
            assertTrue(r.width >= 0 && r.height >= 0, names[i] + " has no negative size");
            if (width > 1) {
                assertTrue(r.x >= 0 && r.y >= 0 && r.x + r.width <= width + 0.01f && r.y + r.height <= height + 0.01f,
                        names[i] + " inside " + width + "x" + height + ": " + r);
            }
            for (int j = i + 1; j < regions.length; j++) {
                Rectangle other = regions[j];
                boolean empty = r.area() == 0 || other.area() == 0;
                if (!empty && width > 1) {
                    assertFalse(overlap(r, other), names[i] + " overlaps " + names[j] + " at " + width + "x" + height);
                }
            }
        }
    }

    private static boolean overlap(Rectangle a, Rectangle b) {
        float eps = 0.01f;
        return a.x + eps < b.x + b.width && b.x + eps < a.x + a.width && a.y + eps < b.y + b.height
                && b.y + eps < a.y + a.height;
    }
}
