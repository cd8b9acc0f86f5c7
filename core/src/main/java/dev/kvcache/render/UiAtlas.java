package dev.kvcache.render;

import com.badlogic.gdx.Gdx;
import com.badlogic.gdx.graphics.Pixmap;
import com.badlogic.gdx.graphics.Texture;
import com.badlogic.gdx.graphics.g2d.BitmapFont.BitmapFontData;
import com.badlogic.gdx.graphics.g2d.TextureRegion;
import com.badlogic.gdx.utils.Disposable;
import java.util.EnumMap;
import java.util.Map;

/**
 * The app's one texture: both faces' distance-field glyphs and a white block, baked at build time
 * from the TTF files (desktop {@code fonts.AtlasBaker}). Fonts, fills and the controls all draw from
 * it, so the frame's SpriteBatch never switches texture and never breaks a batch for one.
 *
 * <p>Every texel holds white with a coverage in alpha: a glyph's alpha is its signed distance to the
 * outline (0.5 on it, see {@link FillShader}); the white block is fully inside. The block sits at
 * texel (0, 0), so a fill's negative texture coordinates, clamped to the edge, read white even with
 * libGDX's own shader.
 */
public final class UiAtlas implements Disposable {
    /** The page, inside the assets folder. */
    public static final String PAGE_FILE = "atlas/ui.png";
    /** The em size in texels the glyphs are stored at; a font of any size scales them by {@code pixels / FONT_PIXELS}. */
    public static final int FONT_PIXELS = 40;
    /** How far each glyph's field reaches either side of its outline, in texels: alpha 0.5 on the outline, 0 and 1 this far out and in. */
    public static final int FIELD_SPREAD = 6;
    /** Edge of the white block at the page's top-left corner, in texels. */
    public static final int WHITE_TEXELS = 4;

    private final Texture texture;
    private final TextureRegion page;
    private final Map<FontFace, BitmapFontData> fonts = new EnumMap<>(FontFace.class);

    /** The page and each face's glyph data, already read ({@link #load()} reads the baked ones; tests make small ones). */
    public UiAtlas(Texture texture, BitmapFontData regular, BitmapFontData bold) {
        this.texture = texture;
        // Linear both ways: a distance field is sampled between texels at every size.
        texture.setFilter(Texture.TextureFilter.Linear, Texture.TextureFilter.Linear);
        page = new TextureRegion(texture);
        fonts.put(FontFace.REGULAR, regular);
        fonts.put(FontFace.BOLD, bold);
    }

    /** Loads the page (as white and a field, {@link FieldPageData}) and both faces' glyph data from the assets. */
    public static UiAtlas load() {
        Texture page = new Texture(new FieldPageData(new Pixmap(Gdx.files.internal(PAGE_FILE))));
        return new UiAtlas(page, read(FontFace.REGULAR), read(FontFace.BOLD));
    }

    private static BitmapFontData read(FontFace face) {
        return new BitmapFontData(Gdx.files.internal(face.fontFile), false);
    }

    /** The one texture everything is drawn with. */
    public Texture texture() {
        return texture;
    }

    /** The whole page, which every font's glyph coordinates refer to. */
    public TextureRegion page() {
        return page;
    }

    /** A face's glyphs and metrics at {@link #FONT_PIXELS}; shared by its fonts of every size, never scaled itself. */
    public BitmapFontData font(FontFace face) {
        return fonts.get(face);
    }

    @Override
    public void dispose() {
        texture.dispose();
    }
}
