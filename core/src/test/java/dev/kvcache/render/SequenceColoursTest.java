package dev.kvcache.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.badlogic.gdx.graphics.Color;
import dev.kvcache.render.ColourVision.Vision;
import org.junit.jupiter.api.Test;

/**
 * The batch's colours can be told apart: from each other (the first eight for every common
 * colour-vision deficiency too) and from the colours of weights, free, reserved, workspace and
 * saved memory, which they never share a hue with.
 */
class SequenceColoursTest {
    /** OKLab x 100: about 2 is a just-noticeable difference between large patches; banks are small. */
    private static final double FIRST_EIGHT_APART = 8.5;
    private static final double ALL_APART = 7.5;
    private static final double APART_FROM_MEMORY = 7.0;
    /** Degrees of OKLab hue kept clear of the weights' purple and the ghost's red. */
    private static final double HUE_CLEARANCE = 25.0;

    private static int rgb(Color colour) {
        return Color.rgb888(colour);
    }

    private static final int[] MEMORY = {
        rgb(Palette.WEIGHTS), rgb(Palette.BANK_FREE), rgb(Palette.WORKSPACE), rgb(Palette.GHOST),
        rgb(Palette.SEAM), rgb(Palette.MODULE_BODY), rgb(Palette.SRAM_MODULE_BODY),
    };

    @Test
    void theFirstEightStayApartForNormalAndDeficientVision() {
        for (Vision vision : Vision.values()) {
            for (int a = 0; a < SequenceColours.DISTINCT_FOR_ALL; a++) {
                for (int b = a + 1; b < SequenceColours.DISTINCT_FOR_ALL; b++) {
                    double d = ColourVision.distance(SequenceColours.rgbOf(a), SequenceColours.rgbOf(b), vision);
                    assertTrue(d >= FIRST_EIGHT_APART, vision + ": slots " + a + " and " + b + " only " + d + " apart");
                }
            }
        }
    }

    @Test
    void allThirtyTwoStayApartForNormalVision() {
        for (int a = 0; a < SequenceColours.COUNT; a++) {
            for (int b = a + 1; b < SequenceColours.COUNT; b++) {
                double d = ColourVision.distance(SequenceColours.rgbOf(a), SequenceColours.rgbOf(b), Vision.NORMAL);
                assertTrue(d >= ALL_APART, "slots " + a + " and " + b + " only " + d + " apart");
            }
        }
    }

    @Test
    void noSequenceLooksLikeWeightsFreeReservedWorkspaceOrSavedMemory() {
        for (Vision vision : Vision.values()) {
            for (int slot = 0; slot < SequenceColours.COUNT; slot++) {
                for (int memory : MEMORY) {
                    double d = ColourVision.distance(SequenceColours.rgbOf(slot), memory, vision);
                    assertTrue(d >= APART_FROM_MEMORY, vision + ": slot " + slot + " only " + d + " from #"
                            + Integer.toHexString(memory));
                }
            }
        }
    }

    @Test
    void noSequenceSharesTheHueOfTheWeightsOrTheGhost() {
        double weights = ColourVision.hue(rgb(Palette.WEIGHTS));
        double ghost = ColourVision.hue(rgb(Palette.GHOST));
        for (int slot = 0; slot < SequenceColours.COUNT; slot++) {
            double hue = ColourVision.hue(SequenceColours.rgbOf(slot));
            assertTrue(ColourVision.hueGap(hue, weights) >= HUE_CLEARANCE, "slot " + slot + " hue " + hue
                    + " next to the weights' " + weights);
            assertTrue(ColourVision.hueGap(hue, ghost) >= HUE_CLEARANCE, "slot " + slot + " hue " + hue
                    + " next to the ghost's " + ghost);
        }
    }

    @Test
    void theSimulationMergesPairsDeuteranopesConfuse() {
        // The check itself must be able to fail: the original's tomato and dark orange are neighbours
        // for deuteranopes, and a red and an olive that differ plainly merge for them.
        assertTrue(ColourVision.distance(0xff6347, 0xff8c00, Vision.DEUTERANOPIA) < FIRST_EIGHT_APART);
        assertTrue(ColourVision.distance(0xff0000, 0x9a8c00, Vision.DEUTERANOPIA) < 2.0);
        assertTrue(ColourVision.distance(0xff0000, 0x9a8c00, Vision.NORMAL) > 20.0);
        assertEquals(0.0, ColourVision.distance(0x608fdd, 0x608fdd, Vision.TRITANOPIA), 1e-9);
    }

    @Test
    void slotsWrapAndColoursMatchTheirHex() {
        assertEquals(SequenceColours.rgbOf(0), SequenceColours.rgbOf(SequenceColours.COUNT));
        assertEquals(SequenceColours.rgbOf(SequenceColours.COUNT - 1), SequenceColours.rgbOf(-1));
        for (int slot = 0; slot < SequenceColours.COUNT; slot++) {
            assertEquals(SequenceColours.rgbOf(slot), rgb(SequenceColours.of(slot)));
        }
    }
}
