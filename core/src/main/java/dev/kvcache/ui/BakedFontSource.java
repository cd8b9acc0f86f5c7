package dev.kvcache.ui;

import com.badlogic.gdx.Gdx;
import com.badlogic.gdx.graphics.Texture;
import com.badlogic.gdx.graphics.g2d.BitmapFont;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;

/**
 * Fonts for platforms without FreeType (the browser): loads the bitmap fonts baked at build time
 * from the same TTF, choosing for each style the largest baked size not above the one needed.
 */
public final class BakedFontSource implements FontSource {
    private final Map<String, BitmapFont> loaded = new HashMap<>();
    private final Map<FontStyle, BitmapFont> current = new EnumMap<>(FontStyle.class);
    private float scale = Float.NaN;

    @Override
    public void setScale(float newScale) {
        if (newScale == scale) {
            return;
        }
        scale = newScale;
        for (FontStyle style : FontStyle.values()) {
            current.put(style, load(style.face, nearestBakedSize(style.pixelsAt(newScale))));
        }
    }

    @Override
    public BitmapFont get(FontStyle style) {
        if (current.isEmpty()) {
            setScale(1f);
        }
        return current.get(style);
    }

    /** The largest baked size not above {@code pixels}, or the smallest baked size. */
    public static int nearestBakedSize(int pixels) {
        int best = BakedFontSizes.PIXELS[0];
        for (int size : BakedFontSizes.PIXELS) {
            if (size <= pixels) {
                best = size;
            }
        }
        return best;
    }

    private BitmapFont load(FontFace face, int pixels) {
        String path = "fonts/baked/" + face.bakedStem + "-" + pixels + ".fnt";
        BitmapFont font = loaded.get(path);
        if (font == null) {
            font = new BitmapFont(Gdx.files.internal(path));
            for (int i = 0; i < font.getRegions().size; i++) {
                font.getRegion(i).getTexture().setFilter(Texture.TextureFilter.Linear, Texture.TextureFilter.Linear);
            }
            font.setUseIntegerPositions(true);
            loaded.put(path, font);
        }
        return font;
    }

    @Override
    public void dispose() {
        for (BitmapFont font : loaded.values()) {
            font.dispose();
        }
        loaded.clear();
        current.clear();
    }
}
