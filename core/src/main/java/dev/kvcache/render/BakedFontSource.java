package dev.kvcache.render;

import com.badlogic.gdx.Gdx;
import com.badlogic.gdx.graphics.Texture;
import com.badlogic.gdx.graphics.g2d.BitmapFont;

/**
 * Fonts for platforms without FreeType (the browser): the bitmap fonts baked at build time from
 * the same TTF, choosing for each style the largest baked size not above the one needed.
 */
public final class BakedFontSource extends CachedFontSource {
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

    @Override
    protected int sizeFor(int pixels) {
        return nearestBakedSize(pixels);
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
