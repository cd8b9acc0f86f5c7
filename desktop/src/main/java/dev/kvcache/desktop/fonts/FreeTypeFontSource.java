package dev.kvcache.desktop.fonts;

import com.badlogic.gdx.Gdx;
import com.badlogic.gdx.graphics.g2d.BitmapFont;
import com.badlogic.gdx.graphics.g2d.freetype.FreeTypeFontGenerator;
import com.badlogic.gdx.graphics.g2d.freetype.FreeTypeFontGenerator.FreeTypeFontParameter;
import dev.kvcache.ui.FontCharacters;
import dev.kvcache.ui.FontFace;
import dev.kvcache.ui.FontSource;
import dev.kvcache.ui.FontStyle;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;

/**
 * Desktop fonts rendered by FreeType at run time, at exactly the pixel size the current scale
 * needs. Fonts are cached per (face, size) so a resize back and forth does not regenerate them.
 */
public final class FreeTypeFontSource implements FontSource {
    private final Map<FontFace, FreeTypeFontGenerator> generators = new EnumMap<>(FontFace.class);
    private final Map<String, BitmapFont> bySizeKey = new HashMap<>();
    private final Map<FontStyle, BitmapFont> current = new EnumMap<>(FontStyle.class);
    private float scale = Float.NaN;

    @Override
    public void setScale(float newScale) {
        if (newScale == scale) {
            return;
        }
        scale = newScale;
        for (FontStyle style : FontStyle.values()) {
            current.put(style, fontFor(style.face, style.pixelsAt(newScale)));
        }
    }

    @Override
    public BitmapFont get(FontStyle style) {
        if (current.isEmpty()) {
            setScale(1f);
        }
        return current.get(style);
    }

    private BitmapFont fontFor(FontFace face, int pixels) {
        String key = face.name() + pixels;
        BitmapFont font = bySizeKey.get(key);
        if (font == null) {
            FreeTypeFontParameter parameter = parameters(pixels);
            font = generator(face).generateFont(parameter);
            font.setUseIntegerPositions(true);
            bySizeKey.put(key, font);
        }
        return font;
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
        for (BitmapFont font : bySizeKey.values()) {
            font.dispose();
        }
        bySizeKey.clear();
        current.clear();
        for (FreeTypeFontGenerator generator : generators.values()) {
            generator.dispose();
        }
        generators.clear();
    }
}
