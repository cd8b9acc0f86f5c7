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
        String longest = "Memory: 999.9 GiB / 999.9 GiB (100.0% of NVIDIA H100 SXM 80GB, each of 1,024) \u00b7 1 bank = 999 MiB";
        String legend = "\u25a0 weights 999.9 GiB  \u25a0 KV, one colour per sequence (32) 999.9 GiB  "
                + "\u25a0 reserved, unused 999.9 GiB  \u25a0 free  \u25a0 saved by FlashAttention";
        float legendRows = (float) Math.ceil(text.width(legend, FontStyle.SMALL) * 1.15f / Math.max(1f, width));
        if (detail == Detail.SIMPLE) {
            return text.wrappedHeight(longest, FontStyle.BODY, width) + 6f;
        }
        return text.wrappedHeight(longest, FontStyle.BODY, width) + 6f
                + legendRows * text.lineHeight(FontStyle.SMALL) * 1.25f + text.lineHeight(FontStyle.SMALL);
    }
}
