package dev.kvcache.render;

import com.badlogic.gdx.graphics.g2d.BitmapFont;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;

/**
 * Keeps one font per (face, pixel size) and the current font of every style; subclasses only say
 * how a font of a given face and size is made (FreeType on the desktop, baked files in the browser).
 * A resize back and forth therefore never makes the same font twice.
 */
public abstract class CachedFontSource implements FontSource {
    private final Map<String, BitmapFont> made = new HashMap<>();
    private final Map<FontStyle, BitmapFont> current = new EnumMap<>(FontStyle.class);
    private float scale = Float.NaN;

    /** Makes the font of {@code face} at {@code pixels} (called once per face and size). */
    protected abstract BitmapFont make(FontFace face, int pixels);

    /** The pixel size actually used for a requested one (the browser rounds to a baked size). */
    protected int sizeFor(int pixels) {
        return pixels;
    }

    @Override
    public void setScale(float newScale) {
        if (newScale == scale) {
            return;
        }
        scale = newScale;
        for (FontStyle style : FontStyle.values()) {
            int pixels = sizeFor(style.pixelsAt(newScale));
            String key = style.face.name() + pixels;
            BitmapFont font = made.get(key);
            if (font == null) {
                font = make(style.face, pixels);
                font.setUseIntegerPositions(true);
                made.put(key, font);
            }
            current.put(style, font);
        }
    }

    @Override
    public BitmapFont get(FontStyle style) {
        if (current.isEmpty()) {
            setScale(1f);
        }
        return current.get(style);
    }

    @Override
    public void dispose() {
        for (BitmapFont font : made.values()) {
            font.dispose();
        }
        made.clear();
        current.clear();
    }
}
