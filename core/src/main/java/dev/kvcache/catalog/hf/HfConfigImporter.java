package dev.kvcache.catalog.hf;

import dev.kvcache.catalog.AttentionLayout;
import dev.kvcache.catalog.LayerKind;
import dev.kvcache.catalog.ModelSpec;
import dev.kvcache.catalog.ParameterCount;
import dev.kvcache.catalog.Precision;
import java.util.Map;

/**
 * Turns a Hugging Face {@code config.json} (as a plain Map tree) into a {@link ModelSpec}. A
 * multimodal file's language model is read from {@code text_config}; fields the file omits take
 * the transformers default for the {@code model_type} ({@link HfDefaults}); a needed field with
 * no default, or two fields that contradict each other, throw an error naming the field.
 */
public final class HfConfigImporter {
    private HfConfigImporter() {
    }

    /** The config's {@code mamba_ssm_dtype} (a 16- or 32-bit float), or null when it sets none. */
    private static Precision recurrentDtype(ConfigTree cfg) {
        String name = cfg.stringOr("mamba_ssm_dtype", null);
        if (name == null) {
            return null;
        }
        Precision p = Precision.find(name);
        if (p != Precision.FP32 && p != Precision.BF16 && p != Precision.FP16) {
            throw cfg.error("mamba_ssm_dtype", "\"" + name + "\" is not float32, bfloat16 or float16");
        }
        return p;
    }

    /**
     * Reads {@code root}, the parsed JSON of a config file, as model {@code id}. {@code where}
     * names the file in error messages.
     *
     * @throws IllegalArgumentException when the JSON is not an object, the architecture is not
     *     modelled, or naming the missing or inconsistent field
     */
    public static ModelSpec.Builder read(Object root, String id, String where) {
        if (!(root instanceof Map)) {
            throw new IllegalArgumentException(where + ": expected a JSON object (a Hugging Face"
                    + " config.json), got " + jsonKind(root));
        }
        @SuppressWarnings("unchecked")
        Map<String, Object> rootObject = (Map<String, Object>) root;
        ConfigTree top = new ConfigTree(rootObject, new java.util.HashMap<String, Object>(), where);
        Map<String, Object> textConfig = top.objectOrNull("text_config");
        Map<String, Object> text = textConfig != null ? textConfig : rootObject;
        String rootType = top.stringOr("model_type", "");
        Object textType = text.get("model_type");
        String type = textType instanceof String ? (String) textType
                : (textConfig != null ? rootType + "_text" : rootType);
        boolean encoderDecoder = top.flagOr("is_encoder_decoder", false);
        UnmodelledArchitectures.refuse(rootType, type, encoderDecoder, where);
        String place = textConfig != null ? where + " text_config" : where;
        ConfigTree cfg = new ConfigTree(text, HfDefaults.forType(type), place);

        int layers = cfg.requireInt("num_hidden_layers");
        int hidden = cfg.requireInt("hidden_size");
        int heads = cfg.requireInt("num_attention_heads");
        int kvHeads = cfg.has("num_key_value_heads") ? cfg.requireInt("num_key_value_heads") : heads;
        if (kvHeads > heads || heads % kvHeads != 0) {
            String from = cfg.inFile("num_key_value_heads") ? ""
                    : ", the default for model_type '" + type + "'";
            throw cfg.error("num_key_value_heads", "(" + kvHeads + from
                    + ") must divide num_attention_heads (" + heads + ")");
        }
        long maxContext = cfg.requireInt("max_position_embeddings");
        int vocab = cfg.requireInt("vocab_size");
        boolean mla = cfg.has("kv_lora_rank");
        int headDim = headDim(cfg, mla, hidden, heads);
        int mlaLatent = mla ? cfg.requireInt("kv_lora_rank") + cfg.requireInt("qk_rope_head_dim") : 0;

        LayerKind[] kinds = LayerPatternReader.read(cfg, type, layers, maxContext);
        AttentionLayout probe = new AttentionLayout(heads, kvHeads, headDim, kinds, 0, 0, 0, null);
        int window = probe.count(LayerKind.SLIDING) > 0 ? cfg.requireInt("sliding_window") : 0;
        int chunk = probe.count(LayerKind.CHUNKED) > 0 ? cfg.requireInt("attention_chunk_size") : 0;
        AttentionLayout.LinearAttentionShape linear = null;
        if (probe.count(LayerKind.LINEAR) > 0) {
            linear = new AttentionLayout.LinearAttentionShape(
                    cfg.requireInt("linear_num_key_heads"), cfg.requireInt("linear_num_value_heads"),
                    cfg.requireInt("linear_key_head_dim"), cfg.requireInt("linear_value_head_dim"),
                    cfg.requireInt("linear_conv_kernel_dim"), recurrentDtype(cfg));
        }
        AttentionLayout layout = new AttentionLayout(heads, kvHeads, headDim, kinds, window, chunk,
                mlaLatent, linear);

        boolean tied = cfg.flagOr("tie_word_embeddings", top.flagOr("tie_word_embeddings", false));
        ParameterCount.Embeddings embeddings = tied
                ? ParameterCount.Embeddings.TIED : ParameterCount.Embeddings.UNTIED;
        long vision = VisionTowerEstimator.count(top.objectOrNull("vision_config"), hidden, where);
        ParameterEstimator estimator = new ParameterEstimator(cfg, layout, hidden);
        ParameterCount params = estimator.count(vocab, embeddings, vision);

        String name = top.stringOr("_name_or_path", id);
        return new ModelSpec.Builder().id(id).name(name).source(where).attention(layout)
                .derivedParams(params).experts(estimator.expertShape())
                .nativeWeights(nativeWeights(top, cfg)).maxContext(maxContext)
                .dims(hidden, estimator.activeIntermediate(), vocab)
                .rotaryTableElements(rotaryTables(cfg, mla, headDim, maxContext));
    }

    /** The JSON kind of a parsed value, for "expected an object, got ..." messages. */
    private static String jsonKind(Object v) {
        if (v == null) {
            return "null";
        }
        if (v instanceof java.util.List) {
            return "an array";
        }
        if (v instanceof String) {
            return "a string";
        }
        if (v instanceof Boolean) {
            return "a boolean";
        }
        if (v instanceof Number) {
            return "a number";
        }
        return "an object";
    }

    private static int headDim(ConfigTree cfg, boolean mla, int hidden, int heads) {
        if (mla) {
            return cfg.requireInt("qk_nope_head_dim") + cfg.requireInt("qk_rope_head_dim");
        }
        if (cfg.has("head_dim")) {
            return cfg.requireInt("head_dim");
        }
        if (hidden % heads != 0) {
            throw cfg.error("head_dim", "is missing and hidden_size (" + hidden
                    + ") is not a multiple of num_attention_heads (" + heads + ")");
        }
        return hidden / heads;
    }

    /** The checkpoint's weight format: the quantization method if any, else torch_dtype / dtype. */
    private static Precision nativeWeights(ConfigTree top, ConfigTree cfg) {
        Map<String, Object> quant = top.objectOrNull("quantization_config");
        if (quant != null) {
            ConfigTree q = new ConfigTree(quant, new java.util.HashMap<String, Object>(), "quantization_config");
            String method = q.stringOr("quant_method", "");
            Precision p = Precision.find(method);
            if (p != null && p.allowedForWeights()) {
                return p;
            }
            int bits = q.intOr("bits", 0);
            if (bits == 4) {
                return Precision.INT4;
            }
            if (bits == 8) {
                return Precision.INT8;
            }
        }
        String dtype = cfg.stringOr("torch_dtype", top.stringOr("torch_dtype", top.stringOr("dtype", "bfloat16")));
        Precision p = Precision.find(dtype);
        return p == null || !p.allowedForWeights() ? Precision.BF16 : p;
    }

    /**
     * Elements of the rotary cos/sin tables vLLM precomputes: positions x rotary dim. Linear and
     * dynamic scaling stretch the table by the factor; Gemma 3 keeps a second, local table.
     */
    private static long rotaryTables(ConfigTree cfg, boolean mla, int headDim, long maxContext) {
        long rotaryDim = mla ? cfg.requireInt("qk_rope_head_dim")
                : (long) (headDim * cfg.doubleOr("partial_rotary_factor", 1.0));
        long positions = maxContext;
        Map<String, Object> scaling = cfg.objectOrNull("rope_scaling");
        if (scaling != null) {
            ConfigTree s = new ConfigTree(scaling, new java.util.HashMap<String, Object>(), "rope_scaling");
            String kind = s.stringOr("rope_type", s.stringOr("type", ""));
            if (kind.equals("linear") || kind.equals("dynamic")) {
                positions = (long) (maxContext * s.doubleOr("factor", 1.0));
            }
        }
        long tables = positions * rotaryDim;
        if (cfg.flagOr("_local_rope", false)) {
            tables += maxContext * rotaryDim;
        }
        return tables;
    }
}
