package dev.kvcache.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * The edge rate a glyph's texture coordinate carries ({@link FillShader#edgeShift}), decoded as the
 * vertex shader decodes it: the integer part of u / 2 in steps, the rest u itself.
 */
class FillShaderTest {
    /** What the text vertex shader computes: pixels a unit of field spans, and u back. */
    private static float[] decode(float carried) {
        float steps = (float) Math.floor(carried * 0.5f);
        float pixelsPerField = steps > 0f ? FillShader.EDGE_STEPS / steps : 1f / FillShader.UNKNOWN_EDGE;
        return new float[] {pixelsPerField, carried - 2f * steps};
    }

    /**
     * Up to 120 px (the 40 px banner at a phone's ratio of 3) the edge is within 2% of exact;
     * larger text takes fewer steps, and at 400 px the ramp is 6% off (a twentieth of a pixel).
     */
    @Test
    void everyTextSizeFromSixToFourHundredPixelsGetsItsEdgeAndItsCoordinateBack() {
        for (int pixels = 6; pixels <= 400; pixels++) {
            float texelsPerPixel = UiAtlas.FONT_PIXELS / (float) pixels;
            float exact = 2f * UiAtlas.FIELD_SPREAD / texelsPerPixel;
            for (float u : new float[] {0f, 0.0009765625f, 0.5f, 0.9990234f, 1f}) {
                float[] decoded = decode(u + FillShader.edgeShift(texelsPerPixel));
                assertEquals(1f, decoded[0] / exact, pixels <= 120 ? 0.02f : 0.06f, pixels + " px");
                // A twentieth of a texel of the 1024-texel page.
                assertEquals(u, decoded[1], 1f / 1024 / 20, pixels + " px, u " + u);
            }
        }
    }

    @Test
    void thirteenPixelTextTakesTwoHundredSixtyThreeSteps() {
        // 40/13 texels a pixel over a field of 1/12 a texel: 0.2564 a pixel, 262.6 steps of 1/1024.
        assertEquals(526f, FillShader.edgeShift(40f / 13f));
    }

    @Test
    void anUnknownScaleCarriesNothingAndTheShaderTakesTheDefaultEdge() {
        assertEquals(0f, FillShader.edgeShift(0f));
        assertEquals(0f, FillShader.edgeShift(-1f));
        assertEquals(0f, FillShader.edgeShift(Float.NaN));
        assertEquals(1f / FillShader.UNKNOWN_EDGE, decode(0.5f)[0]);
    }

    @Test
    void absurdScalesStayInsideTheEncodedRange() {
        assertEquals(2f, FillShader.edgeShift(1e-9f));
        float most = FillShader.edgeShift(Float.POSITIVE_INFINITY);
        assertTrue(most > 0f && most <= 2f * 4095f, String.valueOf(most));
    }
}
