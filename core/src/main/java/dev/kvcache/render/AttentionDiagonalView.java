package dev.kvcache.render;

import com.badlogic.gdx.graphics.Color;
import com.badlogic.gdx.math.Rectangle;

/**
 * The attention score matrix as a diagonal from bottom-left to top-right of an area: the filled
 * triangle under it grows with the context (n x n / 2 causal scores). With FlashAttention on, the
 * triangle is green and a small yellow-green tile travels along the diagonal: the scores are
 * computed a tile at a time and never stored whole.
 */
public final class AttentionDiagonalView {
    private static final Color LINE = Palette.rgb(0x74c0fc);
    private static final Color FILL = Palette.rgb(0x4dabf7);
    private static final Color FLASH_LINE = Palette.rgb(0x69db7c);
    private static final Color FLASH_FILL = Palette.rgb(0x2f9e44);
    private static final Color FLASH_TILE = Palette.rgb(0xc0eb75);
    /** Triangle drawn in this many horizontal strips: enough to look smooth, bounded cost. */
    private static final int STRIPS = 48;

    /**
     * @param fill fraction of the context filled (0-1): the triangle's leg length
     * @param tileProgress 0-1 position of FlashAttention's tile along the filled diagonal
     */
    public void draw(FlatPainter painter, TextPainter text, Rectangle area, float fill, boolean flash,
            float tileProgress, CharSequence label) {
        float safeFill = fill > 0f ? Math.min(fill, 1f) : 0f;
        float legWidth = area.width * safeFill;
        float legHeight = area.height * safeFill;
        Color fillColour = flash ? FLASH_FILL : FILL;
        float stripHeight = legHeight / STRIPS;
        for (int strip = 0; strip < STRIPS && legHeight > 0f; strip++) {
            // Row r of the causal matrix holds r scores: width grows linearly with height.
            float top = (strip + 1) * stripHeight;
            float rowWidth = legWidth * (1f - (strip + 0.5f) / STRIPS);
            painter.rect(area.x + legWidth - rowWidth, area.y + strip * stripHeight, rowWidth, stripHeight + 0.5f,
                    fillColour, 0.16f);
            if (top >= legHeight) {
                break;
            }
        }
        Color lineColour = flash ? FLASH_LINE : LINE;
        int dots = 90;
        float dot = Math.max(1.5f, Math.min(area.width, area.height) / 260f);
        for (int i = 0; i <= dots; i++) {
            float t = i / (float) dots;
            painter.rect(area.x + area.width * t - dot / 2f, area.y + area.height * t - dot / 2f, dot, dot, lineColour,
                    t <= safeFill ? 0.9f : 0.25f);
        }
        if (flash && safeFill > 0f) {
            float t = safeFill * tileProgress;
            float tile = dot * 5f;
            painter.rect(area.x + area.width * t - tile / 2f, area.y + area.height * t - tile / 2f, tile, tile,
                    FLASH_TILE, 0.9f);
        }
        if (label != null && label.length() > 0) {
            // Beside the far end of the diagonal, clear of the caption under the die.
            float labelWidth = text.width(label, FontStyle.SMALL);
            text.draw(label, FontStyle.SMALL, lineColour, area.x + area.width * 0.86f - labelWidth,
                    area.y + area.height * 0.97f);
        }
    }
}
