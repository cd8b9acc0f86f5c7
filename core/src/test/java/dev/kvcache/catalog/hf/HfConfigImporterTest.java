package dev.kvcache.catalog.hf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.kvcache.catalog.AttentionKind;
import dev.kvcache.catalog.LayerKind;
import dev.kvcache.catalog.ModelSpec;
import org.junit.jupiter.api.Test;

/**
 * Small hand-written configs: what a field that is missing, null or [] becomes (transformers'
 * default or derivation for the model_type), and the one-line refusals of files that are not a
 * config object or describe an architecture the engine does not model.
 */
class HfConfigImporterTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    /** Parses {@code json} (single quotes for readability) as Jackson would read the file. */
    private static Object parse(String json) {
        try {
            return JSON.readValue(json.replace('\'', '"'), Object.class);
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static ModelSpec read(String json) {
        return HfConfigImporter.read(parse(json), "x", "c.json").build();
    }

    private static String refusal(String json) {
        return assertThrows(IllegalArgumentException.class, () -> read(json)).getMessage();
    }

    /** The layer kinds as one letter each: F full, S sliding, C chunked, L linear. */
    private static String kinds(ModelSpec m) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < m.layers(); i++) {
            b.append(m.attention().kind(i).name().charAt(0));
        }
        return b.toString();
    }

    private static final String LLAMA = "'model_type':'llama','num_hidden_layers':2,'hidden_size':256,"
            + "'num_attention_heads':4,'intermediate_size':512";

    // --- the file is not a config object ---

    @Test
    void aFileThatIsNotAnObjectIsRefusedByItsKind() {
        String expected = "c.json: expected a JSON object (a Hugging Face config.json), got ";
        assertEquals(expected + "null", refusal("null"));
        assertEquals(expected + "an array", refusal("[{" + LLAMA + "}]"));
        assertEquals(expected + "a string", refusal("'config.json'"));
        assertEquals(expected + "a number", refusal("42"));
        assertEquals(expected + "a boolean", refusal("true"));
    }

    @Test
    void aTextConfigThatIsNotAnObjectIsRefused() {
        assertEquals("c.json: text_config must be an object, got a list",
                refusal("{'model_type':'gemma3','text_config':[1]}"));
        assertEquals("c.json: text_config must be an object, got \"gemma\"",
                refusal("{'model_type':'gemma3','text_config':'gemma'}"));
        // null is no text_config: the root is the language model.
        assertEquals(2, read("{" + LLAMA + ",'text_config':null}").layers());
    }

    // --- missing, null and [] take what transformers takes ---

    @Test
    void nullAndEmptyScalarsTakeTheFamilyDefault() {
        // LlamaConfig: vocab_size 32000, max_position_embeddings 2048.
        ModelSpec m = read("{" + LLAMA + ",'vocab_size':null,'max_position_embeddings':[]}");
        assertEquals(32_000, m.vocab());
        assertEquals(2_048, m.maxContext());
        assertEquals("c.json: num_hidden_layers is null and has no default for this model_type",
                refusal("{" + LLAMA.replace("'num_hidden_layers':2", "'num_hidden_layers':null") + "}"));
    }

    @Test
    void missingKvHeadsTakeTheFamilyDefaultAndNullMeansEveryHead() {
        String mistral = "{'model_type':'mistral','num_hidden_layers':2,'hidden_size':4096,"
                + "'num_attention_heads':32,'intermediate_size':512,'sliding_window':null";
        // MistralConfig(num_key_value_heads=8); None means num_attention_heads (MHA).
        assertEquals(8, read(mistral + "}").attention().kvHeads());
        assertEquals(32, read(mistral + ",'num_key_value_heads':null}").attention().kvHeads());
        // LlamaConfig has no default: a missing field is MHA too.
        assertEquals(4, read("{" + LLAMA + "}").attention().kvHeads());
        assertEquals("c.json: num_key_value_heads (4, the default for model_type 'qwen3_moe') must divide"
                + " num_attention_heads (6)", refusal("{'model_type':'qwen3_moe','num_hidden_layers':2,"
                + "'hidden_size':768,'num_attention_heads':6,'intermediate_size':512}"));
    }

    @Test
    void nullHeadDimIsHiddenOverHeadsWhereMissingTakesTheDefault() {
        String qwen3 = "{'model_type':'qwen3','num_hidden_layers':2,'hidden_size':1024,"
                + "'num_attention_heads':16,'num_key_value_heads':8,'intermediate_size':512";
        assertEquals(128, read(qwen3 + "}").attention().headDim());
        assertEquals(64, read(qwen3 + ",'head_dim':null}").attention().headDim());
    }

    @Test
    void nullSlidingWindowMeansFullAttentionNotTheDefaultWindow() {
        String mistral = "{'model_type':'mistral','num_hidden_layers':2,'hidden_size':512,"
                + "'num_attention_heads':8,'num_key_value_heads':8,'intermediate_size':512";
        // Missing: MistralConfig's 4096-token window on every layer; null (Mistral-7B-v0.3): none.
        ModelSpec missing = read(mistral + "}");
        assertEquals("SS", kinds(missing));
        assertEquals(4_096, missing.attention().window());
        assertEquals("FF", kinds(read(mistral + ",'sliding_window':null}")));
    }

    @Test
    void gemma3DerivesLayerTypesFromTheSlidingWindowPattern() {
        String gemma = "{'model_type':'gemma3_text','num_hidden_layers':12,'hidden_size':512,"
                + "'num_attention_heads':4,'num_key_value_heads':2,'intermediate_size':512,'sliding_window':512";
        // transformers: sliding unless (i + 1) % sliding_window_pattern == 0; the pattern defaults to 6.
        assertEquals("SSSSSFSSSSSF", kinds(read(gemma + ",'layer_types':null}")));
        assertEquals("SSSSSFSSSSSF", kinds(read(gemma + ",'layer_types':[],'sliding_window_pattern':null}")));
        assertEquals("SSFSSFSSFSSF", kinds(read(gemma + ",'layer_types':[],'sliding_window_pattern':3}")));
    }

    @Test
    void hybridLinearModelsDeriveLayerTypesFromTheFullAttentionInterval() {
        String next = "{'model_type':'qwen3_next','num_hidden_layers':8,'hidden_size':512,"
                + "'num_attention_heads':4,'num_key_value_heads':2,'intermediate_size':512";
        // (i + 1) % full_attention_interval == 0 is full attention, the rest Gated DeltaNet; default 4.
        assertEquals("LLLFLLLF", kinds(read(next + ",'layer_types':[]}")));
        assertEquals("LFLFLFLF", kinds(read(next + ",'layer_types':null,'full_attention_interval':2}")));
        ModelSpec qwen35 = read("{'model_type':'qwen3_5_text','num_hidden_layers':8,'hidden_size':512,"
                + "'num_attention_heads':4,'intermediate_size':512}");
        assertEquals("LLLFLLLF", kinds(qwen35));
        assertEquals(AttentionKind.HYBRID_LINEAR, qwen35.attention().attentionKind());
    }

    @Test
    void llama4DerivesChunkedLayersFromTheNoRopeInterval() {
        String scout = "{'model_type':'llama4_text','num_hidden_layers':8,'hidden_size':512,"
                + "'num_attention_heads':4,'num_key_value_heads':2,'intermediate_size':256,"
                + "'intermediate_size_mlp':512,'num_local_experts':4,'num_experts_per_tok':1";
        // no_rope_layers[i] = (i + 1) % 4 != 0: RoPE layers chunk, every 4th (NoPE) is global.
        assertEquals("CCCFCCCF", kinds(read(scout + ",'no_rope_layers':[]}")));
        assertEquals("CCCFCCCF", kinds(read(scout + ",'no_rope_layers':null}")));
        assertEquals("CFCFCFCF", kinds(read(scout + ",'no_rope_layers':null,'no_rope_layer_interval':2}")));
    }

    @Test
    void gptOssDerivesAlternatingLayersWhenLayerTypesIsNull() {
        ModelSpec m = read("{'model_type':'gpt_oss','num_hidden_layers':4,'hidden_size':512,"
                + "'num_attention_heads':8,'intermediate_size':512,'layer_types':null}");
        assertEquals("SFSF", kinds(m));
        assertEquals(128, m.attention().window());
    }

    @Test
    void moeLayerListsFallBackToTheFamilyRule() {
        String qwen = "{'model_type':'qwen3_moe','num_hidden_layers':4,'hidden_size':256,"
                + "'num_attention_heads':4,'num_key_value_heads':2,'intermediate_size':512,"
                + "'num_experts':4,'num_experts_per_tok':2,'moe_intermediate_size':64";
        // mlp_only_layers None or []: every layer routes; [0]: layer 0 is a dense MLP.
        assertEquals("EEEE", expertLayers(read(qwen + ",'mlp_only_layers':null}")));
        assertEquals("EEEE", expertLayers(read(qwen + ",'mlp_only_layers':[]}")));
        assertEquals("-EEE", expertLayers(read(qwen + ",'mlp_only_layers':[0]}")));
        String scout = "{'model_type':'llama4_text','num_hidden_layers':4,'hidden_size':256,"
                + "'num_attention_heads':4,'num_key_value_heads':2,'intermediate_size':64,"
                + "'intermediate_size_mlp':512,'num_local_experts':4,'num_experts_per_tok':1,"
                + "'interleave_moe_layer_step':2";
        // moe_layers, else range(step - 1, layers, step).
        assertEquals("-E-E", expertLayers(read(scout + ",'moe_layers':null}")));
        assertEquals("-E-E", expertLayers(read(scout + ",'moe_layers':[]}")));
        assertEquals("E--E", expertLayers(read(scout + ",'moe_layers':[0,3]}")));
    }

    /** E where a layer holds routed experts, - where its MLP is dense. */
    private static String expertLayers(ModelSpec m) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < m.layers(); i++) {
            b.append(m.derivedParams().expertsInLayer(i) > 0 ? 'E' : '-');
        }
        return b.toString();
    }

    // --- architectures the engine does not model ---

    @Test
    void unmodelledArchitecturesAreRefusedByName() {
        String supported = " is not modelled; supported: " + UnmodelledArchitectures.SUPPORTED;
        // Jamba carries the usual dimensions: without the check it would read as 2 attention layers.
        assertEquals("c.json: model_type 'jamba' (Mamba layers)" + supported,
                refusal("{" + LLAMA.replace("llama", "jamba") + ",'attn_layer_period':8}"));
        assertEquals("c.json: model_type 'mamba2' (Mamba layers)" + supported,
                refusal("{'model_type':'mamba2','num_hidden_layers':2,'hidden_size':256}"));
        assertEquals("c.json: model_type 'falcon_mamba' (Mamba layers)" + supported,
                refusal("{'model_type':'falcon_mamba'}"));
        assertEquals("c.json: model_type 'rwkv' (RWKV recurrent layers)" + supported,
                refusal("{'model_type':'rwkv'}"));
        assertEquals("c.json: model_type 't5' (encoder-decoder)" + supported,
                refusal("{'model_type':'t5','num_layers':6,'is_encoder_decoder':true}"));
        assertEquals("c.json: model_type 'mt5' (encoder-decoder)" + supported, refusal("{'model_type':'mt5'}"));
        assertEquals("c.json: model_type 'bart' (encoder-decoder)" + supported,
                refusal("{" + LLAMA.replace("llama", "bart") + "}"));
        assertEquals("c.json: model_type 'whisper' (encoder-decoder speech model)" + supported,
                refusal("{'model_type':'whisper','is_encoder_decoder':true}"));
        assertEquals("c.json: model_type 'bert' (encoder-only, keeps no KV cache)" + supported,
                refusal("{" + LLAMA.replace("llama", "bert") + "}"));
        assertEquals("c.json: model_type 'my_seq2seq' (is_encoder_decoder: true)" + supported,
                refusal("{" + LLAMA.replace("llama", "my_seq2seq") + ",'is_encoder_decoder':true}"));
        // A multimodal wrapper is judged by its language model too.
        assertEquals("c.json: model_type 'jamba' (Mamba layers)" + supported,
                refusal("{'model_type':'vlm','text_config':{" + LLAMA.replace("llama", "jamba") + "}}"));
    }

    @Test
    void mambaLayersInLayerTypesAreRefusedNotReadAsDeltaNet() {
        assertEquals("c.json: layer_types contains \"mamba\" layers, which are not modelled; supported: "
                + UnmodelledArchitectures.SUPPORTED,
                refusal("{" + LLAMA + ",'layer_types':['mamba','attention']}"));
    }

    @Test
    void modelledArchitecturesStayAccepted() {
        assertEquals(AttentionKind.HYBRID_LINEAR, dev.kvcache.ReferenceData.model(
                "qwen__qwen3-next-80b-a3b-instruct").attention().attentionKind());
        assertEquals(2, read("{" + LLAMA + ",'is_encoder_decoder':false}").layers());
        assertEquals(LayerKind.FULL, read("{" + LLAMA + "}").attention().kind(1));
    }
}
