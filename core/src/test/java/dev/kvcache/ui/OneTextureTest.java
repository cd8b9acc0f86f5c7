package dev.kvcache.ui;

import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.badlogic.gdx.graphics.Color;
import com.badlogic.gdx.graphics.Texture;
import com.badlogic.gdx.graphics.g2d.BitmapFont;
import com.badlogic.gdx.graphics.g2d.TextureRegion;
import com.badlogic.gdx.scenes.scene2d.utils.Drawable;
import com.badlogic.gdx.scenes.scene2d.utils.SpriteDrawable;
import dev.kvcache.HeadlessGdx;
import dev.kvcache.render.AtlasFontSource;
import dev.kvcache.render.FlatPainter;
import dev.kvcache.render.FontStyle;
import dev.kvcache.render.PointerPrecision;
import dev.kvcache.render.ScreenLayout;
import dev.kvcache.render.UiAtlas;
import org.junit.jupiter.api.Test;

/**
 * Everything the frame draws refers to the atlas's one texture: every font of every style at any
 * scale, and every fill of the controls' skin (which are also flagged flat, so they read no texel).
 * A second texture anywhere would split the frame's batch.
 */
class OneTextureTest {
    @Test
    void everyFontAndSkinDrawableUsesTheAtlasTexture() {
        HeadlessGdx.start();
        UiAtlas atlas = new UiAtlas(HeadlessGdx.smallFontPage(), HeadlessGdx.smallFontData(),
                HeadlessGdx.smallFontData());
        Texture texture = atlas.texture();
        AtlasFontSource fonts = new AtlasFontSource(atlas);
        UiSkin skin = new UiSkin();
        for (float density : new float[] {1f, 2f, 3f}) {
            ScreenLayout screen = new ScreenLayout();
            screen.measure(1600f * density, 1000f * density, density, PointerPrecision.FINE);
            fonts.setScale(screen.scale(), screen.density());
            skin.rebuild(fonts, screen);
            for (FontStyle style : FontStyle.values()) {
                BitmapFont font = fonts.get(style);
                for (TextureRegion region : font.getRegions()) {
                    assertSame(texture, region.getTexture(), style + " at ratio " + density);
                }
            }
            for (BitmapFont font : new BitmapFont[] {skin.button.font, skin.toggle.font, skin.body.font,
                skin.small.font, skin.heading.font, skin.field.font, skin.list.font}) {
                assertSame(texture, font.getRegion().getTexture(), "a skin font at ratio " + density);
            }
            for (Drawable fill : new Drawable[] {skin.button.up, skin.button.down, skin.toggle.checked,
                skin.field.cursor, skin.field.selection, skin.field.background, skin.list.selection,
                skin.scroll.vScroll, skin.scroll.vScrollKnob, skin.panel, skin.fill(Color.RED)}) {
                SpriteDrawable sprite = (SpriteDrawable) fill;
                assertSame(texture, sprite.getSprite().getTexture(), "a skin fill at ratio " + density);
                assertTrue(sprite.getSprite().getU() == FlatPainter.FLAT && sprite.getSprite().getV() == FlatPainter.FLAT,
                        "the fill is flagged flat");
            }
        }
    }
}
