package dev.kvcache.catalog.hf;

import java.util.HashMap;
import java.util.Map;

/**
 * Refuses, by name, configs whose layers the engine has no model for: Mamba and RWKV recurrences,
 * encoder-decoder and encoder-only transformers. Their files carry the usual dimensions
 * (num_hidden_layers, num_attention_heads...), so without this check a Jamba would be read as 32
 * plain attention layers and a BART as a decoder, and the cache figures would be silently wrong.
 */
final class UnmodelledArchitectures {
    /** What the engine does model, for the refusal message. */
    static final String SUPPORTED = "decoder-only attention models (full, sliding-window, chunked, MLA, "
            + "and Gated DeltaNet hybrids such as Qwen3-Next)";

    /** model_type -> why it is not modelled, as the message shows it. */
    private static final Map<String, String> WHY = new HashMap<String, String>();

    static {
        String mamba = "Mamba layers";
        for (String t : new String[] {"jamba", "mamba", "mamba2", "falcon_mamba", "zamba", "zamba2",
            "bamba", "falcon_h1", "nemotron_h", "granitemoehybrid"}) {
            WHY.put(t, mamba);
        }
        for (String t : new String[] {"rwkv", "rwkv5", "rwkv6", "rwkv7"}) {
            WHY.put(t, "RWKV recurrent layers");
        }
        for (String t : new String[] {"t5", "mt5", "umt5", "longt5", "t5gemma", "switch_transformers",
            "bart", "mbart", "plbart", "pegasus", "bigbird_pegasus", "marian", "led", "m2m_100",
            "nllb_moe", "fsmt", "blenderbot", "prophetnet"}) {
            WHY.put(t, "encoder-decoder");
        }
        WHY.put("whisper", "encoder-decoder speech model");
        WHY.put("seamless_m4t", "encoder-decoder speech model");
        for (String t : new String[] {"bert", "roberta", "xlm-roberta", "distilbert", "deberta",
            "deberta-v2", "electra", "modernbert"}) {
            WHY.put(t, "encoder-only, keeps no KV cache");
        }
    }

    private UnmodelledArchitectures() {
    }

    /**
     * Throws naming the model type when {@code rootType} or {@code textType} (the language model
     * of a multimodal file) is one the engine does not model, or the file says it is an
     * encoder-decoder.
     */
    static void refuse(String rootType, String textType, boolean encoderDecoder, String where) {
        for (String type : new String[] {rootType, textType}) {
            String why = WHY.get(type);
            if (why != null) {
                throw refusal(where, type, why);
            }
        }
        if (encoderDecoder) {
            throw refusal(where, rootType, "is_encoder_decoder: true");
        }
    }

    private static IllegalArgumentException refusal(String where, String type, String why) {
        return new IllegalArgumentException(where + ": model_type '" + type + "' (" + why
                + ") is not modelled; supported: " + SUPPORTED);
    }
}
