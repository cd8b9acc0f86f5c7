package dev.kvcache.desktop.fonts;

import com.badlogic.gdx.Gdx;
import com.badlogic.gdx.graphics.g2d.BitmapFont;
import com.badlogic.gdx.graphics.g2d.freetype.FreeTypeFontGenerator.FreeTypeFontParameter;
import com.badlogic.gdx.graphics.g2d.freetype.FreeTypeFontGenerator;
import dev.kvcache.render.CachedFontSource;
import dev.kvcache.render.FontCharacters;
import dev.kvcache.render.FontFace;
import java.util.EnumMap;
import java.util.Map;

/**
 * Desktop fonts rendered by FreeType at run time, at exactly the pixel size the current scale
 * needs (cached per face and size by {@link CachedFontSource}).
 */
public final class FreeTypeFontSource extends CachedFontSource {
    private final Map<FontFace, FreeTypeFontGenerator> generators = new EnumMap<>(FontFace.class);

    @Override
    protected BitmapFont make(FontFace face, int pixels) {
        return generator(face).generateFont(parameters(pixels));
    }

    /** The FreeType settings shared by run-time fonts and the fonts baked for the browser. */
    public static FreeTypeFontParameter parameters(int pixels) {
        FreeTypeFontParameter parameter = new FreeTypeFontParameter();
        parameter.size = pixels;
        parameter.characters = FontCharacters.ALL;
        parameter.hinting = FreeTypeFontGenerator.Hinting.AutoMedium;
        parameter.kerning = true;
        parameter.minFilter = com.badlogic.gdx.graphics.Texture.TextureFilter.Linear;
        parameter.magFilter = com.badlogic.gdx.graphics.Texture.TextureFilter.Linear;
        return parameter;
    }

    private FreeTypeFontGenerator generator(FontFace face) {
        FreeTypeFontGenerator generator = generators.get(face);
        if (generator == null) {
            generator = new FreeTypeFontGenerator(Gdx.files.internal(face.ttfPath));
            generators.put(face, generator);
        }
        return generator;
    }

    @Override
    public void dispose() {
        super.dispose();
        for (FreeTypeFontGenerator generator : generators.values()) {
            generator.dispose();
        }
        generators.clear();
    }
}
