package dev.kvcache.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.badlogic.gdx.math.Rectangle;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The screen's regions never overlap and never leave the window, from a 1x1 window through phones
 * at device pixel ratios 1 to 4 to an 8K screen and the extreme shapes (7680x100, 100x4320); the
 * FlashAttention banner never covers the die; sizes follow the density, not the pixel count.
 */
class ScreenLayoutTest {
    /** Banner heights in dp as the fonts at the 12 dp floor give them (LABEL line ~15, BANNER line ~35). */
    private static final float FULL_BANNER_DP = 74f;
    private static final float COMPACT_BANNER_DP = 21f;
    private static final float HEADER_DP = 100f;
    /** The serving band at the reference scale: the wide performance panel's four rows and its padding. */
    private static final float BAND_REFERENCE = 96f;

    @ParameterizedTest
    @CsvSource({"320, 480, 1", "360, 640, 1", "360, 640, 2", "390, 844, 3", "412, 915, 4", "480, 320, 1",
        "844, 390, 3", "800, 600, 1", "900, 600, 1", "1024, 768, 2", "1280, 720, 1", "1600, 1000, 1",
        "1920, 1080, 1.5", "3840, 2160, 1", "7680, 4320, 1", "7680, 100, 1", "100, 4320, 1", "1, 1, 1"})
    void regionsAreDisjointInsideTheWindowAndTheBannerMissesTheDie(float widthDp, float heightDp, float density) {
        ScreenLayout layout = arranged(widthDp, heightDp, density);
        float width = widthDp * density;
        float height = heightDp * density;
        Rectangle[] regions = {layout.header(), layout.bannerRow(), layout.panels(), layout.scene(), layout.controls(),
            layout.footer(), layout.serving()};
        String[] names = {"header", "banner row", "panels", "scene", "controls", "footer", "serving band"};
        String where = " at " + widthDp + "x" + heightDp + " dp, density " + density;
        for (int i = 0; i < regions.length; i++) {
            Rectangle r = regions[i];
            assertFalse(Float.isNaN(r.x + r.y + r.width + r.height), names[i] + " has no NaN" + where);
            assertTrue(r.width >= 0 && r.height >= 0, names[i] + " has no negative size" + where);
            if (width > 1) {
                assertTrue(inside(r, width, height), names[i] + " inside the window" + where + ": " + r);
                for (int j = i + 1; j < regions.length; j++) {
                    assertFalse(overlap(r, regions[j]), names[i] + " overlaps " + names[j] + where);
                }
            }
        }
        if (width <= 1) {
            return;
        }
        SceneLayout scene = new SceneLayout();
        Rectangle s = layout.scene();
        scene.update(s.x, s.y, s.width, s.height, 5, s.height * 0.2f);
        Rectangle banner = layout.banner();
        if (layout.bannerForm() != BannerForm.NONE) {
            assertTrue(inside(banner, width, height), "banner inside the window" + where);
            assertFalse(overlap(banner, scene.die()), "banner covers the die" + where);
            assertFalse(overlap(banner, layout.panels()), "banner over the panels" + where);
            assertFalse(overlap(banner, layout.controls()), "banner over the controls" + where);
            assertFalse(overlap(banner, layout.weightsButton()), "banner under the weights button" + where);
        }
        Rectangle weights = layout.weightsButton();
        assertTrue(inside(weights, width, height), "weights button inside the window" + where);
        for (Rectangle other : new Rectangle[] {layout.panels(), layout.scene(), layout.controls(), layout.footer()}) {
            assertFalse(overlap(weights, other), "weights button over " + other + where);
        }
    }

    @ParameterizedTest
    @CsvSource({"360, 640, 1", "360, 640, 2", "360, 640, 3", "390, 844, 1", "390, 844, 2", "390, 844, 3",
        "390, 844, 4", "320, 480, 1"})
    void phonesLayOutInCssPixels(float widthDp, float heightDp, float density) {
        ScreenLayout layout = arranged(widthDp, heightDp, density);
        assertTrue(layout.isNarrow(), "a phone gets the narrow layout");
        assertEquals(ScreenLayout.TOUCH_TARGET * density, layout.touchTarget(), 0.01f, "44 CSS px buttons");
        for (FontStyle style : FontStyle.values()) {
            assertTrue(style.pixelsAt(layout.scale(), density) >= 12 * density - 0.01f,
                    style + " at least 12 CSS px at ratio " + density);
        }
        Rectangle controls = layout.controls();
        assertTrue(controls.height >= ScreenLayout.TOUCH_TARGET * density, "the strip holds a fingertip row");
        assertTrue(controls.width / layout.stripColumns() >= ScreenLayout.TOUCH_TARGET * density,
                "strip buttons at least 44 CSS px wide");
        // The same phone at ratio 1 and 3 is the same layout, three times the pixels.
        ScreenLayout reference = arranged(widthDp, heightDp, 1f);
        assertEquals(reference.scene().height * density, layout.scene().height, density * 0.5f);
        assertEquals(reference.stripColumns(), layout.stripColumns());
    }

    @Test
    void theReferenceWindowKeepsItsLook() {
        ScreenLayout layout = arranged(1600, 1000, 1);
        assertFalse(layout.isNarrow());
        assertEquals(1f, layout.scale(), 1e-6f);
        assertEquals(16f, layout.margin(), 1e-6f);
        assertEquals(FontStyle.BODY.referencePixels, FontStyle.BODY.pixelsAt(layout.scale(), 1f));
        assertEquals(BannerForm.FULL, layout.bannerForm(), "the banner fits the header band");
        assertEquals(1000f - HEADER_DP, layout.scene().y + layout.scene().height, 0.01f, "the scene is not cut");
    }

    @ParameterizedTest
    @CsvSource({"1600, 1000, 1, true", "1280, 720, 1, true", "1920, 1080, 2, true", "1200, 800, 1, true",
        "900, 600, 1, false", "1024, 600, 1, false", "390, 844, 3, false", "7680, 100, 1, false"})
    void theServingBandTakesTheSceneFootOnlyWhereTheSceneKeepsItsRoom(float widthDp, float heightDp,
            float density, boolean expected) {
        ScreenLayout layout = arranged(widthDp, heightDp, density);
        Rectangle band = layout.serving();
        Rectangle scene = layout.scene();
        assertEquals(expected, band.area() > 0, "a band at " + widthDp + "x" + heightDp + ": " + band);
        if (!expected) {
            return;
        }
        assertEquals(scene.x, band.x, 0.01f, "the band spans the scene's width");
        assertEquals(scene.width, band.width, 0.01f);
        assertEquals(BAND_REFERENCE * layout.scale(), band.height, 0.01f, "as tall as asked");
        assertTrue(band.y + band.height + layout.margin() <= scene.y + 0.01f, "a margin under the scene");
        assertTrue(scene.width >= ScreenLayout.BAND_MIN_SCENE_WIDTH * layout.scale(), "the scene keeps its width");
        assertTrue(scene.height >= ScreenLayout.BAND_MIN_SCENE_HEIGHT * layout.scale(), "and its height");
    }

    @Test
    void withoutABandHeightTheSceneKeepsItsWholeColumn() {
        ScreenLayout layout = new ScreenLayout();
        layout.measure(1600, 1000, 1, PointerPrecision.FINE);
        layout.arrange(HEADER_DP, FULL_BANNER_DP, COMPACT_BANNER_DP);
        assertEquals(0f, layout.serving().area(), 0f);
        assertEquals(layout.panels().y, layout.scene().y, 0.01f);
    }

    @Test
    void aShortWideWindowDropsTheBannerRatherThanCoverTheDie() {
        ScreenLayout layout = arranged(7680, 100, 1);
        assertNotEquals(BannerForm.FULL, layout.bannerForm(), "no room for the block at 100 px");
        assertEquals(0f, layout.footer().height, "the factoid strip gives its room to the scene");
    }

    @Test
    void aWideWindowTooShortForTheBannerInTheHeaderLowersTheScene() {
        ScreenLayout layout = new ScreenLayout();
        layout.measure(1600, 1000, 1, PointerPrecision.FINE);
        layout.arrange(40f, FULL_BANNER_DP, COMPACT_BANNER_DP);
        assertEquals(BannerForm.FULL, layout.bannerForm());
        assertTrue(layout.scene().y + layout.scene().height <= layout.banner().y, "scene below the banner");
        assertTrue(layout.panels().y + layout.panels().height > layout.banner().y, "panels keep their height");
    }

    @Test
    void aTouchScreenGetsFingertipButtonsInTheWideLayoutToo() {
        ScreenLayout tablet = new ScreenLayout();
        tablet.measure(1180 * 2, 820 * 2, 2, PointerPrecision.COARSE);
        assertFalse(tablet.isNarrow(), "a tablet in landscape is wide");
        assertEquals(ScreenLayout.TOUCH_TARGET * 2, tablet.touchTarget(), 0.01f);
        ScreenLayout laptop = new ScreenLayout();
        laptop.measure(1180 * 2, 820 * 2, 2, PointerPrecision.FINE);
        assertEquals(ScreenLayout.POINTER_TARGET * 2, laptop.touchTarget(), 0.01f);
    }

    private static ScreenLayout arranged(float widthDp, float heightDp, float density) {
        ScreenLayout layout = new ScreenLayout();
        layout.measure(widthDp * density, heightDp * density, density, PointerPrecision.FINE);
        layout.arrange(HEADER_DP * density, FULL_BANNER_DP * density, COMPACT_BANNER_DP * density,
                BAND_REFERENCE * layout.scale());
        return layout;
    }

    private static boolean inside(Rectangle r, float width, float height) {
        float eps = 0.01f;
        return r.x >= -eps && r.y >= -eps && r.x + r.width <= width + eps && r.y + r.height <= height + eps;
    }

    private static boolean overlap(Rectangle a, Rectangle b) {
        if (a.area() == 0 || b.area() == 0) {
            return false;
        }
        float eps = 0.01f;
        return a.x + eps < b.x + b.width && b.x + eps < a.x + a.width && a.y + eps < b.y + b.height
                && b.y + eps < a.y + a.height;
    }
}
