package dev.kvcache.ui;

import com.badlogic.gdx.graphics.g2d.BitmapFont;
import com.badlogic.gdx.graphics.g2d.GlyphLayout;
import com.badlogic.gdx.scenes.scene2d.ui.Label.LabelStyle;
import com.badlogic.gdx.scenes.scene2d.ui.TextButton;

/**
 * Puts a value on a fixed-width button so it fits inside it: the whole value in the button's font,
 * else in the small font, else shortened at a word boundary ({@link LabelFit}). Runs when the
 * value changes, never per frame.
 */
final class ButtonTextFit {
    private final GlyphLayout layout = new GlyphLayout();
    private BitmapFont measuring;
    private final LabelFit.Measure measure = new LabelFit.Measure() {
        @Override
        public float width(CharSequence text) {
            layout.setText(measuring, text);
            return layout.width;
        }
    };

    /**
     * Shows {@code value} on {@code button}, whose label has {@code width} pixels: whole in the
     * button's font, else whole in the small font, else shortened in the small font (a longer
     * shortened name says more than a shorter one in a larger font).
     */
    void apply(TextButton button, String value, UiSkin skin, float width) {
        boolean small = !fits(value, skin.button.font, width);
        String shown = value;
        if (small && !fits(value, skin.small.font, width)) {
            shown = LabelFit.shorten(value, width, measure);
        }
        // The label's own style (each TextButton has one): only its font changes.
        LabelStyle style = button.getLabel().getStyle();
        style.font = small ? skin.small.font : skin.button.font;
        button.getLabel().setStyle(style);
        button.setText(shown);
    }

    private boolean fits(String text, BitmapFont font, float width) {
        measuring = font;
        return measure.width(text) <= width;
    }
}
