package dev.kvcache.catalog.hf;

import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * The values Hugging Face transformers assumes when a {@code config.json} leaves a field out, per
 * {@code model_type} (from each family's {@code Configuration} class), plus architecture traits
 * the file never states. Traits are keys starting with an underscore:
 * {@code _qkv_bias} (Qwen2 biases q/k/v only), {@code _qk_norm}, {@code _norms_per_layer},
 * {@code _attn_output_gate} (Qwen3-Next doubles q_proj), {@code _pattern} ("alternate": even
 * layers slide), {@code _expert_bias} and {@code _sinks} (gpt-oss), {@code _local_rope} (Gemma 3
 * keeps a second rotary table), {@code _moe_rule}, {@code _gated_mlp}.
 * Core dimensions (layers, hidden size, heads) get no default on purpose: a file without them
 * is broken, and inventing a 32-layer model would hide that. A field written as {@code null} (or
 * {@code []}) takes the same default as a missing one, except the few where transformers reads
 * None differently ({@link #nullOverridesDefault}).
 */
public final class HfDefaults {
    private static final Map<String, Map<String, Object>> BY_TYPE =
            new HashMap<String, Map<String, Object>>();
    private static final Map<String, Object> GENERIC = new HashMap<String, Object>();
    /**
     * Fields whose None transformers keeps as "none" rather than the family default: Mistral's
     * default window is 4096 but {@code "sliding_window": null} (Mistral-7B-v0.3, Mixtral) is full
     * attention; {@code q_lora_rank: null} (DeepSeek-V2-Lite) is a plain q_proj; Llama 4 without
     * {@code attention_chunk_size} does not chunk; no {@code rope_scaling} is no scaling.
     */
    private static final Set<String> NULL_MEANS_NONE = new HashSet<String>(Arrays.asList(
            "sliding_window", "q_lora_rank", "attention_chunk_size", "rope_scaling"));
    /**
     * Fields whose None transformers (or vLLM) derives from other fields, whatever a missing field
     * would default to: num_key_value_heads = num_attention_heads, head_dim = hidden_size / heads
     * (vLLM's get_head_size, even for Qwen3 whose missing head_dim is 128), and the per-layer lists
     * rebuilt from the family's pattern ({@link LayerPatternReader}, {@link ParameterEstimator}).
     */
    private static final Set<String> NULL_DERIVES = new HashSet<String>(Arrays.asList(
            "num_key_value_heads", "head_dim", "layer_types", "no_rope_layers", "moe_layers",
            "mlp_only_layers"));

    static {
        GENERIC.put("tie_word_embeddings", Boolean.FALSE);
        GENERIC.put("_norms_per_layer", 2);
        GENERIC.put("_gated_mlp", Boolean.TRUE);
        GENERIC.put("_moe_rule", "all");

        type("llama").put("vocab_size", 32000).put("max_position_embeddings", 2048);
        type("mistral").put("vocab_size", 32000).put("max_position_embeddings", 131072)
                .put("sliding_window", 4096);
        type("mixtral").put("vocab_size", 32000).put("max_position_embeddings", 131072)
                .put("num_local_experts", 8).put("num_experts_per_tok", 2);
        type("qwen2").put("vocab_size", 151936).put("max_position_embeddings", 32768)
                .put("use_sliding_window", Boolean.FALSE).put("max_window_layers", 28)
                .put("_qkv_bias", Boolean.TRUE);
        type("qwen2_moe").put("vocab_size", 151936).put("max_position_embeddings", 32768)
                .put("use_sliding_window", Boolean.FALSE).put("max_window_layers", 28)
                .put("num_experts", 60).put("num_experts_per_tok", 4)
                .put("moe_intermediate_size", 1408).put("shared_expert_intermediate_size", 5632)
                .put("decoder_sparse_step", 1).put("_qkv_bias", Boolean.TRUE).put("_moe_rule", "qwen");
        type("qwen3").put("vocab_size", 151936).put("max_position_embeddings", 32768)
                .put("head_dim", 128).put("use_sliding_window", Boolean.FALSE)
                .put("max_window_layers", 28)
                .put("_qk_norm", Boolean.TRUE);
        type("qwen3_moe").put("vocab_size", 151936).put("max_position_embeddings", 32768)
                .put("head_dim", 128).put("use_sliding_window", Boolean.FALSE)
                .put("num_experts", 128).put("num_experts_per_tok", 8)
                .put("moe_intermediate_size", 768).put("decoder_sparse_step", 1)
                .put("_qk_norm", Boolean.TRUE).put("_moe_rule", "qwen");
        type("qwen3_next").put("vocab_size", 151936).put("max_position_embeddings", 32768)
                .put("head_dim", 256).put("full_attention_interval", 4)
                .put("linear_conv_kernel_dim", 4).put("linear_key_head_dim", 128)
                .put("linear_value_head_dim", 128).put("linear_num_key_heads", 16)
                .put("linear_num_value_heads", 32).put("num_experts", 512)
                .put("num_experts_per_tok", 10).put("moe_intermediate_size", 512)
                .put("shared_expert_intermediate_size", 512).put("decoder_sparse_step", 1)
                .put("partial_rotary_factor", 0.25).put("_qk_norm", Boolean.TRUE)
                .put("_attn_output_gate", Boolean.TRUE).put("_moe_rule", "qwen");
        // Qwen3.5's dense text model: Qwen3-Next's gated attention and DeltaNet without the MoE.
        // layer_types derive from full_attention_interval (4) as for Qwen3-Next.
        type("qwen3_5_text").put("vocab_size", 248320).put("max_position_embeddings", 32768)
                .put("head_dim", 256).put("full_attention_interval", 4)
                .put("linear_conv_kernel_dim", 4).put("linear_key_head_dim", 128)
                .put("linear_value_head_dim", 128).put("linear_num_key_heads", 16)
                .put("linear_num_value_heads", 32)
                .put("partial_rotary_factor", 0.25).put("_qk_norm", Boolean.TRUE)
                .put("_attn_output_gate", Boolean.TRUE);
        type("gemma").put("vocab_size", 256000).put("max_position_embeddings", 8192)
                .put("head_dim", 256).put("tie_word_embeddings", Boolean.TRUE);
        type("gemma2").put("vocab_size", 256000).put("max_position_embeddings", 8192)
                .put("head_dim", 256).put("sliding_window", 4096).put("tie_word_embeddings", Boolean.TRUE)
                .put("_pattern", "alternate").put("_norms_per_layer", 4);
        type("gemma3_text").put("vocab_size", 262208).put("max_position_embeddings", 131072)
                .put("head_dim", 256).put("sliding_window", 4096).put("sliding_window_pattern", 6)
                .put("tie_word_embeddings", Boolean.TRUE).put("_norms_per_layer", 4)
                .put("_qk_norm", Boolean.TRUE).put("_local_rope", Boolean.TRUE);
        type("phi3").put("vocab_size", 32064).put("max_position_embeddings", 4096);
        type("phimoe").put("vocab_size", 32064).put("max_position_embeddings", 131072)
                .put("num_local_experts", 16).put("num_experts_per_tok", 2)
                .put("attention_bias", Boolean.TRUE);
        type("deepseek_v2").put("vocab_size", 102400).put("max_position_embeddings", 2048)
                .put("q_lora_rank", 1536).put("kv_lora_rank", 512).put("qk_rope_head_dim", 64)
                .put("qk_nope_head_dim", 128).put("v_head_dim", 128).put("first_k_dense_replace", 0)
                .put("moe_layer_freq", 1).put("_moe_rule", "deepseek");
        type("deepseek_v3").put("vocab_size", 129280).put("max_position_embeddings", 4096)
                .put("q_lora_rank", 1536).put("kv_lora_rank", 512).put("qk_rope_head_dim", 64)
                .put("qk_nope_head_dim", 128).put("v_head_dim", 128).put("n_routed_experts", 256)
                .put("n_shared_experts", 1).put("num_experts_per_tok", 8)
                .put("moe_intermediate_size", 2048).put("first_k_dense_replace", 3)
                .put("moe_layer_freq", 1).put("_moe_rule", "deepseek");
        BY_TYPE.put("kimi_k2", BY_TYPE.get("deepseek_v3"));
        type("glm4_moe").put("vocab_size", 151552).put("max_position_embeddings", 131072)
                .put("head_dim", 128).put("partial_rotary_factor", 0.5).put("n_routed_experts", 128)
                .put("n_shared_experts", 1).put("num_experts_per_tok", 8)
                .put("moe_intermediate_size", 1408).put("first_k_dense_replace", 1)
                .put("_moe_rule", "deepseek");
        type("gpt_oss").put("vocab_size", 201088).put("max_position_embeddings", 131072)
                .put("head_dim", 64).put("sliding_window", 128).put("num_local_experts", 128)
                .put("num_experts_per_tok", 4).put("attention_bias", Boolean.TRUE)
                .put("_pattern", "alternate").put("_expert_bias", Boolean.TRUE)
                .put("_sinks", Boolean.TRUE);
        type("llama4_text").put("vocab_size", 202048).put("max_position_embeddings", 131072)
                .put("head_dim", 128).put("attention_chunk_size", 8192)
                .put("no_rope_layer_interval", 4).put("num_local_experts", 16)
                .put("num_experts_per_tok", 1).put("interleave_moe_layer_step", 1)
                .put("intermediate_size", 8192).put("intermediate_size_mlp", 16384)
                .put("_moe_rule", "llama4");
        type("gpt2").put("_gated_mlp", Boolean.FALSE);
        type("gpt_neox").put("_gated_mlp", Boolean.FALSE);
        type("opt").put("_gated_mlp", Boolean.FALSE);
        type("falcon").put("_gated_mlp", Boolean.FALSE);
        type("starcoder2").put("_gated_mlp", Boolean.FALSE);
        type("phi").put("_gated_mlp", Boolean.FALSE);
        // num_key_value_heads when the field is missing (llama, phi3 and deepseek_v2 have none:
        // there, as for a null anywhere, the KV heads are the attention heads).
        String[] kvTypes = {"mistral", "mixtral", "qwen2", "qwen2_moe", "qwen3", "qwen3_moe",
            "qwen3_next", "qwen3_5_text", "gemma", "gemma2", "gemma3_text", "phimoe", "deepseek_v3",
            "glm4_moe", "gpt_oss", "llama4_text"};
        int[] kvHeads = {8, 8, 32, 16, 32, 4, 2, 4, 16, 4, 4, 8, 128, 8, 8, 8};
        for (int i = 0; i < kvTypes.length; i++) {
            BY_TYPE.get(kvTypes[i]).put("num_key_value_heads", kvHeads[i]);
        }
    }

    private HfDefaults() {
    }

    /** Defaults for a model type: the family's values over the generic ones. */
    public static Map<String, Object> forType(String modelType) {
        Map<String, Object> merged = new HashMap<String, Object>(GENERIC);
        Map<String, Object> specific = BY_TYPE.get(modelType);
        if (specific != null) {
            merged.putAll(specific);
        }
        return merged;
    }

    /**
     * True when a {@code null} (or {@code []}) in the file must not take the family's default for a
     * missing field: the value is then "none" or derived from other fields.
     */
    static boolean nullOverridesDefault(String key) {
        return NULL_MEANS_NONE.contains(key) || NULL_DERIVES.contains(key);
    }

    /** True when the type has its own defaults (false for unknown families). */
    public static boolean knows(String modelType) {
        return BY_TYPE.containsKey(modelType);
    }

    private static Table type(String modelType) {
        Map<String, Object> map = new HashMap<String, Object>();
        BY_TYPE.put(modelType, map);
        return new Table(map);
    }

    /** Fluent filler for one family's table. */
    private static final class Table {
        private final Map<String, Object> map;

        Table(Map<String, Object> map) {
            this.map = map;
        }

        Table put(String key, Object value) {
            map.put(key, value);
            return this;
        }
    }
}
