package dev.kvcache.render;

/**
 * The room the memory caption below the banks takes (its longest line and the legend), which the
 * scene reserves before laying the banks out; the caption itself is drawn by the ui's MemoryCaption.
 */
public final class CaptionSpace {
    private CaptionSpace() {
    }

    /**
     * Height to keep free under the modules for the caption at this width: the memory line and the
     * legend, measured on their longest form so the scene does not jump as numbers change.
     */
    public static float reservedHeight(TextPainter text, float width, Detail detail) {
        String longest = "One of 1,024 \u00d7 B300 (HGX Blackwell Ultra): 999.9 GiB of 999.9 GiB in use (100.0%) \u00b7 1 bank = 999 MiB";
        float memoryLine = text.wrappedHeight(longest, FontStyle.BODY, width) + 6f;
        if (detail == Detail.SIMPLE) {
            return memoryLine;
        }
        // The fullest legend: 32 sequences in use and 32 reserved (paging off), each with its swatch.
        String labels = "weights 999.9 GiB KV in use, one colour per sequence 999.9 GiB reserved, unused (hollow) 999.9 GiB "
                + "attention workspace 999.9 MiB free 999.9 GiB red outline: saved by FlashAttention 999.9 GiB";
        float swatch = text.lineHeight(FontStyle.SMALL) * 0.7f;
        int swatches = 2 * SequenceColours.COUNT + 4;
        int entries = 6;
        float legendWidth = text.width(labels, FontStyle.SMALL) + swatches * swatch * 1.25f + entries * swatch * 2.5f;
        float legendRows = (float) Math.ceil(legendWidth * 1.2f / Math.max(1f, width));
        return memoryLine + legendRows * text.lineHeight(FontStyle.SMALL) * 1.25f + text.lineHeight(FontStyle.SMALL);
    }
}
