package dev.kvcache.ui;

import dev.kvcache.render.FontStyle;
import dev.kvcache.render.Palette;
import dev.kvcache.render.TextPainter;
import java.util.List;

/** Shown instead of the scene when the catalogs cannot be loaded: says what is wrong. */
public final class ProblemScreen {
    private ProblemScreen() {
    }

    public static void draw(TextPainter text, List<String> problems, float width, float height) {
        float x = width * 0.06f;
        float top = height * 0.8f;
        top -= text.draw("The simulator cannot start: its catalogs are missing or broken.", FontStyle.HEADING,
                Palette.TEXT, x, top) * 2f;
        int shown = 0;
        for (String problem : problems) {
            if (shown++ >= 12) {
                break;
            }
            top -= text.draw(problem, FontStyle.BODY, Palette.TEXT_DIM, x, top) * 1.6f;
        }
    }
}
