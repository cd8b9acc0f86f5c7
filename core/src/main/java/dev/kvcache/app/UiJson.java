package dev.kvcache.app;

import com.badlogic.gdx.math.Rectangle;
import dev.kvcache.render.FontSource;
import dev.kvcache.render.FontStyle;
import dev.kvcache.render.SceneRenderer;
import dev.kvcache.render.ScreenLayout;
import dev.kvcache.ui.PanelColumn;

/**
 * How the screen is laid out, as JSON, so end-to-end tests on real screens can check it in CSS
 * pixels: the density and scale, every font's pixel size, the regions (header, banner, scene, die,
 * panels, controls, footer, the serving band), the panels and budget legend entries as drawn, and every pressable
 * control with its rectangle. Rectangles are window pixels [x, y, width, height] with y from the
 * top. Built on request only.
 */
final class UiJson {
    private UiJson() {
    }

    static String of(ScreenLayout screen, FontSource fonts, SceneRenderer scene, PanelColumn panels,
            AppWiring wiring) {
        float windowHeight = screen.header().y + screen.header().height;
        StringBuilder b = new StringBuilder(4096).append('{');
        b.append("\"density\":").append(screen.density());
        b.append(",\"scale\":").append(screen.scale());
        b.append(",\"narrow\":").append(screen.isNarrow());
        b.append(",\"touchTarget\":").append(screen.touchTarget());
        b.append(",\"bannerForm\":\"").append(screen.bannerForm().name()).append('"');
        b.append(",\"fonts\":{");
        int smallest = Integer.MAX_VALUE;
        for (FontStyle style : FontStyle.values()) {
            int pixels = fonts.pixels(style);
            smallest = Math.min(smallest, pixels);
            b.append(style.ordinal() == 0 ? "" : ",").append('"').append(style.name()).append("\":").append(pixels);
        }
        b.append("},\"minFontPixels\":").append(smallest);
        b.append(",\"regions\":{");
        rect(b, "header", screen.header(), windowHeight).append(',');
        rect(b, "bannerRow", screen.bannerRow(), windowHeight).append(',');
        rect(b, "banner", screen.banner(), windowHeight).append(',');
        rect(b, "scene", screen.scene(), windowHeight).append(',');
        rect(b, "die", scene.sceneLayout().die(), windowHeight).append(',');
        if (scene.sceneLayout().hostStrip().height > 0) {
            // KV offload's host-memory strip, only while it shows.
            rect(b, "hostStrip", scene.sceneLayout().hostStrip(), windowHeight).append(',');
        }
        rect(b, "panels", screen.panels(), windowHeight).append(',');
        rect(b, "controls", screen.controls(), windowHeight).append(',');
        rect(b, "footer", screen.footer(), windowHeight).append(',');
        rect(b, "serving", screen.serving(), windowHeight).append(',');
        rect(b, "weightsButton", screen.weightsButton(), windowHeight);
        b.append("},\"panelsDrawn\":{");
        Rectangle[] drawn = panels.drawnAreas();
        for (int i = 0; i < drawn.length; i++) {
            rect(b.append(i == 0 ? "" : ","), PanelColumn.PANEL_NAMES[i], drawn[i], windowHeight);
        }
        b.append("},\"budgetLegend\":[");
        Rectangle[] legend = panels.budget().legendAreas();
        for (int i = 0; i < legend.length; i++) {
            coordinates(b.append(i == 0 ? "" : ","), legend[i], windowHeight);
        }
        b.append("],\"controls\":");
        wiring.appendControlsJson(b);
        b.append(",\"overlay\":\"").append(wiring.overlayName()).append('"');
        return b.append('}').toString();
    }

    private static StringBuilder rect(StringBuilder b, String name, Rectangle r, float windowHeight) {
        b.append('"').append(name).append("\":");
        return coordinates(b, r, windowHeight);
    }

    private static StringBuilder coordinates(StringBuilder b, Rectangle r, float windowHeight) {
        return b.append('[').append(Math.round(r.x)).append(',').append(Math.round(windowHeight - r.y - r.height))
                .append(',').append(Math.round(r.width)).append(',').append(Math.round(r.height)).append(']');
    }
}
