package dev.kvcache.memory;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kvcache.ReferenceData;
import dev.kvcache.catalog.ModelSpec;
import dev.kvcache.catalog.Precision;
import java.util.Map;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import java.util.ArrayList;
import java.util.List;

/**
 * Every real vLLM run of the reference data, fed with its config.json: given the logged available
 * KV memory, the engine's per-GPU charge reproduces the logged pool (0.2%, 2% under pipeline
 * parallel) and its per-GPU weights the logged load (3%).
 */
class VllmRunsTest {
    static final double GIB = 1024.0 * 1024 * 1024;

    @TestFactory
    List<DynamicTest> everyLoggedRunIsReproduced() {
        List<DynamicTest> tests = new ArrayList<>();
        for (Map<String, String> row : ReferenceData.csv("vllm-runs.csv")) {
            String name = row.get("config") + " tp" + row.get("tp") + " pp" + row.get("pp") + " "
                    + row.get("weight_dtype") + "/" + row.get("kv_dtype") + " len " + row.get("max_model_len");
            tests.add(DynamicTest.dynamicTest(name, () -> check(row)));
        }
        return tests;
    }

    private static void check(Map<String, String> row) {
        ModelSpec model = ReferenceData.model(row.get("config"));
        int tp = Integer.parseInt(row.get("tp"));
        int pp = Integer.parseInt(row.get("pp"));
        Precision weightDtype = Precision.parse(row.get("weight_dtype"));
        Precision kv = Precision.parseForKvCache(row.get("kv_dtype"));
        long available = (long) (Double.parseDouble(row.get("avail_kv_gib")) * GIB);
        long expectedPool = Long.parseLong(row.get("pool_tokens"));
        double expectedWeights = Double.parseDouble(row.get("weights_gib")) * GIB;

        VllmKvGrouping grouping = new VllmKvGrouping(KvFootprint.perGpu(model, kv, tp, pp));
        long pool = grouping.poolTokens(available);
        long weights = new WeightFootprint(model, weightDtype).perGpuBytes(tp, pp);

        double poolError = Math.abs(pool - expectedPool) / (double) expectedPool;
        double weightError = Math.abs(weights - expectedWeights) / expectedWeights;
        System.out.printf("%-40s tp%d pp%d pool expected %,d computed %,d (%.3f%%) weights expected %.2f GiB"
                + " computed %.2f GiB (%.2f%%)%n", row.get("config"), tp, pp, expectedPool, pool,
                poolError * 100, expectedWeights / GIB, weights / GIB, weightError * 100);
        double poolTolerance = pp > 1 ? 0.02 : 0.002;
        assertTrue(poolError <= poolTolerance, "pool " + pool + " vs logged " + expectedPool);
        assertTrue(weightError <= 0.03, "weights " + weights / GIB + " GiB vs logged "
                + expectedWeights / GIB);
    }
}
