package dev.kvcache.ui;

import dev.kvcache.memory.FactoidLine;
import java.util.List;

/**
 * The order the ticker shows factoids in for a scene: first those about the model on screen, then
 * those about its device that name no other model, then general ones, then the rest, each group in
 * file order. So the first sentence never talks about another model as if it were the scene.
 */
final class FactoidOrder {
    private FactoidOrder() {
    }

    /** Fills {@code order} (one slot per line) with line indices in showing order. */
    static void fill(List<FactoidLine> lines, String modelId, String deviceId, int[] order) {
        int next = 0;
        for (int tier = 0; tier < 4; tier++) {
            for (int i = 0; i < lines.size(); i++) {
                if (tier(lines.get(i), modelId, deviceId) == tier) {
                    order[next++] = i;
                }
            }
        }
    }

    private static int tier(FactoidLine line, String modelId, String deviceId) {
        if (line.modelIds().contains(modelId)) {
            return 0;
        }
        if (line.modelIds().isEmpty() && line.deviceIds().contains(deviceId)) {
            return 1;
        }
        if (line.modelIds().isEmpty() && line.deviceIds().isEmpty()) {
            return 2;
        }
        return 3;
    }
}
