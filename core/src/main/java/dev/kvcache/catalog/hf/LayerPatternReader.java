package dev.kvcache.catalog.hf;

import dev.kvcache.catalog.LayerKind;
import java.util.List;

/**
 * Works out which kind each decoder layer is (full, sliding, chunked, linear) from a config:
 * an explicit {@code layer_types} list wins (null or [] count as absent, as transformers then
 * derives it); otherwise {@code full_attention_interval}
 * (Qwen3-Next), {@code no_rope_layers} / chunk interval (Llama 4), {@code sliding_window_pattern}
 * (Gemma 3), the family's alternation (Gemma 2, gpt-oss), or a window on every layer (Mistral).
 */
final class LayerPatternReader {
    private LayerPatternReader() {
    }

    static LayerKind[] read(ConfigTree cfg, String modelType, int layers, long maxContext) {
        LayerKind[] kinds = new LayerKind[layers];
        List<Object> types = cfg.listOrNull("layer_types");
        if (types != null) {
            if (types.size() != layers) {
                throw cfg.error("layer_types", "has " + types.size()
                        + " entries but num_hidden_layers is " + layers);
            }
            for (int i = 0; i < layers; i++) {
                kinds[i] = kindNamed(cfg, String.valueOf(types.get(i)));
            }
            return kinds;
        }
        if (cfg.has("full_attention_interval")) {
            int interval = cfg.requireInt("full_attention_interval");
            for (int i = 0; i < layers; i++) {
                kinds[i] = (i + 1) % interval == 0 ? LayerKind.FULL : LayerKind.LINEAR;
            }
            return kinds;
        }
        if (modelType.startsWith("llama4") && cfg.has("attention_chunk_size")) {
            return chunkedPattern(cfg, layers);
        }
        int window = cfg.intOr("sliding_window", 0);
        boolean windowMatters = window > 0 && window < maxContext;
        if (cfg.has("sliding_window_pattern")) {
            int pattern = cfg.requireInt("sliding_window_pattern");
            for (int i = 0; i < layers; i++) {
                kinds[i] = (i + 1) % pattern == 0 || !windowMatters ? LayerKind.FULL : LayerKind.SLIDING;
            }
            return kinds;
        }
        if ("alternate".equals(cfg.stringOr("_pattern", ""))) {
            for (int i = 0; i < layers; i++) {
                kinds[i] = i % 2 == 0 && windowMatters ? LayerKind.SLIDING : LayerKind.FULL;
            }
            return kinds;
        }
        int firstSliding = 0;
        if (cfg.has("use_sliding_window")) {
            // Qwen2 family: the window only applies when switched on, from max_window_layers up.
            firstSliding = cfg.flagOr("use_sliding_window", false)
                    ? cfg.countOr("max_window_layers", 0) : layers;
        }
        for (int i = 0; i < layers; i++) {
            kinds[i] = windowMatters && i >= firstSliding ? LayerKind.SLIDING : LayerKind.FULL;
        }
        return kinds;
    }

    private static LayerKind[] chunkedPattern(ConfigTree cfg, int layers) {
        LayerKind[] kinds = new LayerKind[layers];
        List<Object> noRope = cfg.listOrNull("no_rope_layers");
        if (noRope != null && noRope.size() != layers) {
            throw cfg.error("no_rope_layers", "has " + noRope.size()
                    + " entries but num_hidden_layers is " + layers);
        }
        int interval = cfg.requireInt("no_rope_layer_interval");
        for (int i = 0; i < layers; i++) {
            boolean usesRope;
            if (noRope != null) {
                // transformers: 1 = RoPE layer (chunked local attention), 0 = NoPE global layer.
                usesRope = noRope.get(i) instanceof Number && ((Number) noRope.get(i)).intValue() != 0;
            } else {
                usesRope = (i + 1) % interval != 0;
            }
            kinds[i] = usesRope ? LayerKind.CHUNKED : LayerKind.FULL;
        }
        return kinds;
    }

    private static LayerKind kindNamed(ConfigTree cfg, String name) {
        if (name.equals("full_attention") || name.equals("attention") || name.equals("global")) {
            return LayerKind.FULL;
        }
        if (name.equals("sliding_attention") || name.equals("sliding_window") || name.equals("local")) {
            return LayerKind.SLIDING;
        }
        if (name.equals("chunked_attention")) {
            return LayerKind.CHUNKED;
        }
        if (name.equals("linear_attention") || name.equals("gated_deltanet")) {
            return LayerKind.LINEAR;
        }
        if (name.equals("mamba") || name.equals("mamba2")) {
            // A Mamba state is not a Gated DeltaNet one (different conv and SSM shapes).
            throw cfg.error("layer_types", "contains \"" + name + "\" layers, which are not modelled;"
                    + " supported: " + UnmodelledArchitectures.SUPPORTED);
        }
        throw cfg.error("layer_types", "contains unknown layer type \"" + name + "\"");
    }
}
