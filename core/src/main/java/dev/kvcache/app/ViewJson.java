package dev.kvcache.app;

import com.badlogic.gdx.math.Rectangle;
import dev.kvcache.host.HostView;
import dev.kvcache.render.BankContent;
import dev.kvcache.render.MemoryMap;
import dev.kvcache.render.SceneRenderer;
import dev.kvcache.ui.BudgetView;
import dev.kvcache.ui.PapersPanel;

/**
 * What the memory banks on screen show, as JSON, so end-to-end tests can compare a screenshot's
 * pixels with the state: bank size in bytes and pixels, and how many bank stripes each kind of
 * content takes; and where the budget bar and each paper reference (with the address it opens) were
 * drawn. Rectangles are in window pixels with y measured from the top.
 */
public final class ViewJson {
    private ViewJson() {
    }

    public static String of(SceneRenderer scene, HostView host, Rectangle sceneArea, int windowHeight,
            BudgetView budget, Rectangle budgetArea, PapersPanel papers) {
        MemoryMap map = scene.refreshedMemoryMap(host);
        int weights = 0;
        int free = 0;
        int reserved = 0;
        int used = 0;
        int slot0 = 0;
        int ghosts = 0;
        for (int bank = 0; bank < map.bankCount(); bank++) {
            ghosts += map.isGhost(bank) ? 1 : 0;
            for (int stripe = 0; stripe < MemoryMap.STRIPES; stripe++) {
                int code = map.content(bank, stripe);
                if (code == BankContent.WEIGHTS) {
                    weights++;
                } else if (code == BankContent.FREE) {
                    free++;
                } else if (BankContent.isReserved(code)) {
                    reserved++;
                } else if (code >= 0 && !BankContent.isState(code)) {
                    used++;
                    slot0 += BankContent.slotOf(code) == 0 ? 1 : 0;
                }
            }
        }
        StringBuilder b = new StringBuilder(256).append('{');
        b.append("\"bankBytes\":").append(map.bankBytes());
        b.append(",\"bankCount\":").append(map.bankCount());
        b.append(",\"bankPixels\":").append(scene.bankPixels());
        b.append(",\"stripesPerBank\":").append(MemoryMap.STRIPES);
        b.append(",\"weightStripes\":").append(weights);
        b.append(",\"kvStripes\":").append(used);
        b.append(",\"slot0Stripes\":").append(slot0);
        b.append(",\"reservedStripes\":").append(reserved);
        b.append(",\"freeStripes\":").append(free);
        b.append(",\"ghostBanks\":").append(ghosts);
        b.append(",\"scene\":[").append(Math.round(sceneArea.x)).append(',')
                .append(Math.round(windowHeight - sceneArea.y - sceneArea.height)).append(',')
                .append(Math.round(sceneArea.width)).append(',').append(Math.round(sceneArea.height)).append(']');
        b.append(",\"budget\":\"").append(budget.name()).append('"');
        area(b.append(",\"budgetArea\":"), budgetArea, windowHeight);
        b.append(",\"papers\":[");
        for (int i = 0; i < papers.drawnCount(); i++) {
            // Addresses are https URLs without quotes or backslashes (the loader refuses others).
            b.append(i == 0 ? "" : ",").append("{\"url\":\"").append(papers.drawnPaper(i).url()).append("\",\"area\":");
            area(b, papers.drawnArea(i), windowHeight).append('}');
        }
        return b.append("]}").toString();
    }

    private static StringBuilder area(StringBuilder b, Rectangle area, int windowHeight) {
        return b.append('[').append(Math.round(area.x)).append(',')
                .append(Math.round(windowHeight - area.y - area.height)).append(',')
                .append(Math.round(area.width)).append(',').append(Math.round(area.height)).append(']');
    }
}
