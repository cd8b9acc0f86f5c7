package dev.kvcache.render;

import com.badlogic.gdx.Gdx;
import com.badlogic.gdx.graphics.Texture;
import com.badlogic.gdx.graphics.g2d.BitmapFont;

/**
 * Fonts for platforms without FreeType (the browser): the bitmap fonts baked at build time from
 * the same TTF, drawn at their own size (never scaled, which would blur them). Each style gets the
 * largest baked size not above the one needed, or, when that is under the minimum, the smallest
 * baked size at or above the minimum.
 */
public final class BakedFontSource extends CachedFontSource {
    /** The baked size for a wanted {@code pixels}, at least {@code minimum} whenever a baked size is. */
    public static int bakedSize(int pixels, int minimum) {
        int[] sizes = BakedFontSizes.PIXELS;
        int best = -1;
        for (int size : sizes) {
            if (size <= pixels && size >= minimum) {
                best = size;
            }
        }
        if (best > 0) {
            return best;
        }
        for (int size : sizes) {
            if (size >= minimum) {
                return size;
            }
        }
        return sizes[sizes.length - 1];
    }

    @Override
    protected int sizeFor(int pixels, int minimum) {
        return bakedSize(pixels, minimum);
    }

    @Override
    protected BitmapFont make(FontFace face, int pixels) {
        BitmapFont font = new BitmapFont(Gdx.files.internal("fonts/baked/" + face.bakedStem + "-" + pixels + ".fnt"));
        for (int i = 0; i < font.getRegions().size; i++) {
            font.getRegion(i).getTexture().setFilter(Texture.TextureFilter.Linear, Texture.TextureFilter.Linear);
        }
        return font;
    }
}
