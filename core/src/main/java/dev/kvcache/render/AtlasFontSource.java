package dev.kvcache.render;

import com.badlogic.gdx.graphics.g2d.BitmapFont;
import com.badlogic.gdx.graphics.g2d.BitmapFont.BitmapFontData;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;

/**
 * Fonts of any pixel size from the {@link UiAtlas}'s distance-field glyphs, on the desktop and in
 * the browser alike: a font is the face's glyph data scaled to its size, drawing from the atlas
 * page (so every font shares the one texture). Keeps one font per (face, pixel size) and the
 * current font of every style, so a resize back and forth never makes the same font twice.
 */
public final class AtlasFontSource implements FontSource {
    private static final FontStyle[] STYLES = FontStyle.values();

    private final UiAtlas atlas;
    private final Map<String, BitmapFont> made = new HashMap<>();
    private final Map<FontStyle, BitmapFont> current = new EnumMap<>(FontStyle.class);
    private final int[] currentPixels = new int[STYLES.length];
    private float scale = Float.NaN;
    private float density = Float.NaN;

    public AtlasFontSource(UiAtlas atlas) {
        this.atlas = atlas;
    }

    @Override
    public void setScale(float newScale, float newDensity) {
        if (newScale == scale && newDensity == density) {
            return;
        }
        scale = newScale;
        density = newDensity;
        for (FontStyle style : STYLES) {
            int pixels = style.pixelsAt(newScale, newDensity);
            String key = style.face.name() + pixels;
            BitmapFont font = made.get(key);
            if (font == null) {
                font = make(style.face, pixels);
                made.put(key, font);
            }
            current.put(style, font);
            currentPixels[style.ordinal()] = pixels;
        }
    }

    /**
     * The face at {@code pixels}, its lines a whole number of pixels apart so that every line of a
     * text drawn with its first baseline on a pixel row has its baseline on one too. The spacing is
     * the face's own at this size: the x-height's rounding changes the glyphs, not the layout.
     */
    private BitmapFont make(FontFace face, int pixels) {
        BitmapFontData source = atlas.font(face);
        float scale = pixels / (float) UiAtlas.FONT_PIXELS;
        BitmapFontData data = scaledCopy(source, scale, xHeightOnPixels(source.xHeight, scale));
        data.lineHeight = Math.max(1f, Math.round(source.lineHeight * scale));
        data.down = -data.lineHeight;
        return new PixelSnappedFont(data, atlas.page());
    }

    /**
     * The vertical scale that puts the x-height on a whole number of pixels (within 4% of
     * {@code scale} at 12 px, less above): with the baseline on a pixel row too, the tops and bottoms
     * of lower-case letters fall on pixel edges and stay crisp, as a font hinter would make them.
     */
    static float xHeightOnPixels(float xHeight, float scale) {
        return Math.max(1f, Math.round(xHeight * scale)) / xHeight;
    }

    /**
     * A copy of {@code source} drawn {@code scaleX} by {@code scaleY} times its size; the glyphs
     * themselves are shared.
     */
    static BitmapFontData scaledCopy(BitmapFontData source, float scaleX, float scaleY) {
        BitmapFontData copy = new BitmapFontData();
        copy.imagePaths = source.imagePaths;
        copy.fontFile = source.fontFile;
        copy.flipped = source.flipped;
        copy.padTop = source.padTop;
        copy.padRight = source.padRight;
        copy.padBottom = source.padBottom;
        copy.padLeft = source.padLeft;
        copy.lineHeight = source.lineHeight;
        copy.capHeight = source.capHeight;
        copy.ascent = source.ascent;
        copy.descent = source.descent;
        copy.down = source.down;
        copy.blankLineScale = source.blankLineScale;
        copy.markupEnabled = source.markupEnabled;
        copy.cursorX = source.cursorX;
        System.arraycopy(source.glyphs, 0, copy.glyphs, 0, source.glyphs.length);
        copy.missingGlyph = source.missingGlyph;
        copy.spaceXadvance = source.spaceXadvance;
        copy.xHeight = source.xHeight;
        copy.breakChars = source.breakChars;
        copy.xChars = source.xChars;
        copy.capChars = source.capChars;
        copy.setScale(scaleX * source.scaleX, scaleY * source.scaleY);
        return copy;
    }

    @Override
    public BitmapFont get(FontStyle style) {
        if (current.isEmpty()) {
            setScale(1f, 1f);
        }
        return current.get(style);
    }

    @Override
    public int pixels(FontStyle style) {
        if (current.isEmpty()) {
            setScale(1f, 1f);
        }
        return currentPixels[style.ordinal()];
    }

    /** The fonts own nothing: the atlas's texture is disposed with the atlas. */
    @Override
    public void dispose() {
        made.clear();
        current.clear();
    }
}
