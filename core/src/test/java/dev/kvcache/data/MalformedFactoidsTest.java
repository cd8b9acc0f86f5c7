package dev.kvcache.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kvcache.TestCatalog;
import dev.kvcache.catalog.Factoid;
import dev.kvcache.memory.FactoidText;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Bad factoids are reported with one clear line, by the loader (structure) or the renderer (catalog, engine). */
class MalformedFactoidsTest {
    private static final String KV = "{\"quantity\":\"kvBytesPerToken\",\"model\":\"llama-70b\",\"kv\":\"bf16\"}";
    private static final String GOOD = "{\"id\":\"a\",\"text\":\"It is {kv}.\",\"figures\":{\"kv\":" + KV + "}}";

    static Stream<Arguments> loaderProblems() {
        return Stream.of(
            Arguments.of("{\"version\":1,\"factoids\":[" + GOOD, "factoids.json: broken JSON"),
            Arguments.of("[1]", "factoids.json: top level must be an object"),
            Arguments.of("{\"factoids\":[" + GOOD + "]}", "factoids.json: version must be a positive integer"),
            Arguments.of("{\"version\":2,\"factoids\":[" + GOOD + "]}", "factoids.json: version 2 is newer"),
            Arguments.of("{\"version\":1,\"factoids\":{}}", "factoids.json: \"factoids\" must be a list"),
            Arguments.of(file("7"), "factoids.json entry 0: must be an object"),
            Arguments.of(file(GOOD.replace("\"id\":\"a\",", "")), "factoids.json entry 0: id is missing"),
            Arguments.of(file(GOOD.replace("\"text\":\"It is {kv}.\",", "")), "factoids.json factoid a: text is missing"),
            Arguments.of(file(GOOD + "," + GOOD), "factoids.json factoid a: id is already used"),
            Arguments.of(file(GOOD.replace("kvBytesPerToken", "kvBytesPerTokn")),
                "factoid a: figures.kv.quantity 'kvBytesPerTokn' is not one of kvBytesPerToken, kvCacheBytes"),
            Arguments.of(file(GOOD.replace("\"quantity\":\"kvBytesPerToken\",", "")),
                "factoid a: figures.kv.quantity is missing"),
            Arguments.of(file(GOOD.replace("\"kv\":\"bf16\"", "\"modle\":\"x\"")),
                "factoid a: figures.kv.modle is not a setting of kvBytesPerToken"),
            Arguments.of(file(GOOD.replace("\"kv\":\"bf16\"", "\"format\":\"hex\"")),
                "factoid a: figures.kv.format 'hex' is not one of bytes, exact"),
            Arguments.of(file(GOOD.replace("It is {kv}.", "It is {kv} and {w}.")),
                "factoid a: text has placeholder {w} but figures does not define it"),
            Arguments.of(file(GOOD.replace("It is {kv}.", "It is big.")),
                "factoid a: figures.kv is defined but text has no {kv}"),
            Arguments.of(file(GOOD.replace("It is {kv}.", "It is {kv.")),
                "factoid a: text '{' at character 6 is never closed"),
            Arguments.of(file(GOOD.replace("It is {kv}.", "It is {kv}}.")),
                "factoid a: text '}' without '{' at character 10"),
            Arguments.of(file(GOOD.replace("It is {kv}.", "It is {k v}.")),
                "factoid a: text placeholder '{k v}' must be letters, digits or '_'"),
            Arguments.of(file("{\"id\":\"b\",\"text\":\"Paging helps.\"}"),
                "factoid b: source is required when a factoid has no computed figures"),
            Arguments.of(file(GOOD.replace(KV, "{\"quantity\":\"ratio\",\"of\":" + KV + "}")),
                "factoid a: figures.kv a ratio needs \"of\" and \"to\""),
            Arguments.of(file(GOOD.replace(KV, "3")), "factoid a: figures.kv must be an object with a \"quantity\""),
            Arguments.of(file(GOOD.replace("\"kv\":\"bf16\"", "\"tp\":[8]")),
                "factoid a: figures.kv.tp must be a string or a number"));
    }

    @ParameterizedTest
    @MethodSource("loaderProblems")
    void loaderNamesTheProblem(String json, String expected) {
        FactoidLoader loader = new FactoidLoader();
        List<Factoid> factoids = loader.load(json);
        assertTrue(loader.problems().toString().contains(expected), "expected '" + expected + "' in "
                + loader.problems());
        assertTrue(factoids.size() <= 1);
    }

    static Stream<Arguments> renderProblems() {
        String ratio = "{\"quantity\":\"ratio\",\"of\":" + KV + ",\"to\":" + KV.replace("bf16", "fp8");
        return Stream.of(
            Arguments.of(KV.replace("llama-70b", "lama-70b"),
                "factoid a: figure kv: unknown model 'lama-70b'; did you mean llama-3.1-70b?"),
            Arguments.of("{\"quantity\":\"gpuMemoryBytes\",\"gpu\":\"h10\"}",
                "factoid a: figure kv: unknown device 'h10'; did you mean h100?"),
            Arguments.of(KV.replace("bf16", "fp7"), "factoid a: figure kv: unknown precision 'fp7'"),
            Arguments.of(KV.replace("\"model\":\"llama-70b\",", ""), "factoid a: figure kv: kvBytesPerToken needs \"model\""),
            Arguments.of("{\"quantity\":\"kvCacheBytes\",\"model\":\"llama-70b\"}",
                "factoid a: figure kv: kvCacheBytes needs \"context\" (tokens)"),
            Arguments.of("{\"quantity\":\"kvCacheBytes\",\"model\":\"llama-70b\",\"context\":1.5}",
                "factoid a: figure kv: context must be a whole number from 1 to 1,000,000,000, got 1.5"),
            Arguments.of("{\"quantity\":\"window\",\"model\":\"llama-70b\"}",
                "factoid a: figure kv: model llama-3.1-70b has no sliding-window or chunked layers"),
            Arguments.of(KV.replace("llama-70b", "deepseek-v3").replace("}", ",\"layout\":\"mha\"}"),
                "factoid a: figure kv: layout \"mha\" is undefined for the MLA model deepseek-v3"),
            Arguments.of(ratio + ",\"atMost\":1.5}", "factoid a: figure kv: ratio is 2.0, above atMost 1.5"),
            Arguments.of(ratio + ",\"atLeast\":3}", "factoid a: figure kv: ratio is 2.0, below atLeast 3.0"),
            Arguments.of("{\"quantity\":\"kvCacheBytes\",\"model\":\"llama-405b\",\"context\":1000000000,"
                + "\"batch\":1000000}", "factoid a: figure kv: kvCacheBytes gives"));
    }

    @ParameterizedTest
    @MethodSource("renderProblems")
    void rendererNamesTheProblemAndShowsNothing(String figure, String expected) {
        FactoidLoader loader = new FactoidLoader();
        List<Factoid> factoids = loader.load(file(GOOD.replace(KV, figure)));
        assertEquals("[]", loader.problems().toString());
        List<String> problems = new ArrayList<>();
        assertNull(new FactoidText(TestCatalog.get()).render(factoids.get(0), problems));
        assertEquals(1, problems.size());
        assertTrue(problems.get(0).startsWith(expected), "expected '" + expected + "' in " + problems);
    }

    @ParameterizedTest
    @MethodSource("renderProblems")
    void renderAllSkipsTheBadOnesAndKeepsTheRest(String figure, String ignored) {
        FactoidLoader loader = new FactoidLoader();
        List<Factoid> factoids = loader.load(file(GOOD.replace(KV, figure) + ","
                + GOOD.replace("\"id\":\"a\"", "\"id\":\"b\"")));
        List<String> problems = new ArrayList<>();
        List<String> lines = new FactoidText(TestCatalog.get()).renderAll(factoids, problems);
        assertEquals(List.of("It is 327,680 B."), lines);
        assertEquals(1, problems.size());
    }

    private static String file(String entries) {
        return "{\"version\":1,\"factoids\":[" + entries + "]}";
    }
}
