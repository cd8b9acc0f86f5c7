package dev.kvcache.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kvcache.HeadlessGdx;
import dev.kvcache.render.AtlasFontSource;
import dev.kvcache.render.FontStyle;
import dev.kvcache.render.TextPainter;
import dev.kvcache.render.UiAtlas;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A panel row's label and value never overlap: the value drops to the small style first, then the
 * label too, and a label that still does not fit is cut at a word boundary (at 1280x720 both styles
 * are the 12 px minimum, and "Energy, at most" ran into "no published TDP").
 */
class InfoPanelRowTest {
    private static final String LABEL = PerformancePanel.ENERGY;
    private static final String VALUE = "no published TDP";
    private TextPainter text;

    @BeforeEach
    void setUp() {
        HeadlessGdx.start();
        AtlasFontSource fonts = new AtlasFontSource(new UiAtlas(HeadlessGdx.smallFontPage(),
                HeadlessGdx.smallFontData(), HeadlessGdx.smallFontData()));
        fonts.setScale(1f, 1f);
        text = new TextPainter(fonts);
    }

    @Test
    void eachRowTakesTheLargestStylesThatLeaveTheGap() {
        float body = width(FontStyle.BODY, FontStyle.BODY);
        float smallValue = width(FontStyle.BODY, FontStyle.SMALL);
        float small = width(FontStyle.SMALL, FontStyle.SMALL);
        assertTrue(small < smallValue && smallValue < body, small + " < " + smallValue + " < " + body);
        assertEquals(InfoPanel.RowFit.BODY, InfoPanel.fit(text, LABEL, VALUE, body));
        assertEquals(InfoPanel.RowFit.SMALL_VALUE, InfoPanel.fit(text, LABEL, VALUE, body - 1f));
        assertEquals(InfoPanel.RowFit.SMALL_VALUE, InfoPanel.fit(text, LABEL, VALUE, smallValue));
        assertEquals(InfoPanel.RowFit.SMALL, InfoPanel.fit(text, LABEL, VALUE, smallValue - 1f));
        assertTrue(InfoPanel.RowFit.SMALL.fits(text, LABEL, VALUE, small), "both small fit where they were chosen");
    }

    @Test
    void aLabelThatStillDoesNotFitIsShortenedAtAWordBoundary() {
        float small = width(FontStyle.SMALL, FontStyle.SMALL);
        assertEquals(LABEL, InfoPanel.shownLabel(text, LABEL, VALUE, small, InfoPanel.RowFit.SMALL));
        String cut = InfoPanel.shownLabel(text, LABEL, VALUE, small - 1f, InfoPanel.RowFit.SMALL);
        assertEquals("Energy, at\u2026", cut);
        assertTrue(text.width(cut, FontStyle.SMALL) + InfoPanel.ROW_GAP + text.width(VALUE, FontStyle.SMALL)
                <= small - 1f, "the cut label leaves the gap: " + cut);
    }

    private float width(FontStyle label, FontStyle value) {
        return text.width(LABEL, label) + InfoPanel.ROW_GAP + text.width(VALUE, value);
    }
}
