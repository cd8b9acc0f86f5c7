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
    private final int[] currentPixels = new int[FontStyle.values().length];
    private float scale = Float.NaN;
    private float density = Float.NaN;

    /** Makes the font of {@code face} at {@code pixels} (called once per face and size). */
    protected abstract BitmapFont make(FontFace face, int pixels);

    /**
     * The pixel size actually used for a requested one, never below {@code minimum} when a size at
     * least that large exists (the browser picks a baked size; the desktop makes any size).
     */
    protected int sizeFor(int pixels, int minimum) {
        return pixels;
    }

    @Override
    public void setScale(float newScale, float newDensity) {
        if (newScale == scale && newDensity == density) {
            return;
        }
        scale = newScale;
        density = newDensity;
        int minimum = FontStyle.minimumPixels(newDensity);
        for (FontStyle style : FontStyle.values()) {
            int pixels = sizeFor(style.pixelsAt(newScale, newDensity), minimum);
            String key = style.face.name() + pixels;
            BitmapFont font = made.get(key);
            if (font == null) {
                font = make(style.face, pixels);
                font.setUseIntegerPositions(true);
                made.put(key, font);
            }
            current.put(style, font);
            currentPixels[style.ordinal()] = pixels;
        }
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

    @Override
    public void dispose() {
        for (BitmapFont font : made.values()) {
            font.dispose();
        }
        made.clear();
        current.clear();
    }
}
