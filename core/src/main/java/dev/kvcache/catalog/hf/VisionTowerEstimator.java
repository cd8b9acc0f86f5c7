package dev.kvcache.catalog.hf;

import java.util.HashMap;
import java.util.Map;

/**
 * Parameters of a ViT-style vision encoder (SigLIP, CLIP, Llama 4's) plus the projector into the
 * language model, from a multimodal config's {@code vision_config}. Serving engines load it next
 * to the language model, so it counts towards the resident weights.
 */
final class VisionTowerEstimator {
    private VisionTowerEstimator() {
    }

    /** 0 when there is no vision config or it lacks the ViT dimensions (non-ViT encoders). */
    static long count(Map<String, Object> visionConfig, int textHidden, String where) {
        if (visionConfig == null) {
            return 0;
        }
        ConfigTree v = new ConfigTree(visionConfig, new HashMap<String, Object>(), where + " vision_config");
        if (!v.has("hidden_size") || !v.has("intermediate_size") || !v.has("num_hidden_layers")
                || !v.has("patch_size") || !v.has("image_size")) {
            return 0;
        }
        long h = v.requireInt("hidden_size");
        long i = v.requireInt("intermediate_size");
        long layers = v.requireInt("num_hidden_layers");
        long patch = v.requireInt("patch_size");
        long image = v.requireInt("image_size");
        long channels = v.intOr("num_channels", 3);
        // Per layer: q, k, v, o with biases; a two-matrix MLP with biases; two LayerNorms.
        long perLayer = 4 * (h * h + h) + 2 * h * i + i + h + 4 * h;
        long patchEmbed = channels * patch * patch * h + h;
        long positions = (image / patch) * (image / patch) * h;
        long projector = h * textHidden + h;
        return layers * perLayer + patchEmbed + positions + 2 * h + projector;
    }
}
