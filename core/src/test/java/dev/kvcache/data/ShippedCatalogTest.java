package dev.kvcache.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kvcache.ReferenceData;
import dev.kvcache.TestCatalog;
import dev.kvcache.catalog.Catalog;
import dev.kvcache.catalog.DeviceSpec;
import dev.kvcache.catalog.DeviceUnit;
import dev.kvcache.catalog.ModelSpec;
import dev.kvcache.catalog.Precision;
import dev.kvcache.memory.KvFootprint;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The shipped catalogs load without a single problem and hold what the issue asks for. */
class ShippedCatalogTest {
    private final Catalog catalog = TestCatalog.get();

    @Test
    void shippedFilesHaveNoProblems() {
        assertEquals("[]", TestCatalog.loader().problems().toString());
        assertEquals(1, catalog.version());
        assertTrue(catalog.models().size() >= 30, "models: " + catalog.models().size());
        assertTrue(catalog.devices().size() >= 27, "devices: " + catalog.devices().size());
    }

    @Test
    void everyModelTheOriginalCyclesThroughAndTheCurrentOnesArePresent() {
        String[] names = {"Llama-3.2-1B", "Phi-3.5-mini", "Qwen-2.5-1.5B", "Llama-3.1-8B", "Mistral-7B",
            "Qwen-2.5-14B", "Llama-3.1-70B", "Qwen-2.5-32B", "Mixtral-8x7B", "Phi-3.5-MoE", "Mixtral-8x22B",
            "Llama-3.1-405B", "DeepSeek-V3", "Qwen-3-Next-80B", "gpt-oss-20b", "gpt-oss-120b", "Gemma-3-27B",
            "Llama-4-Scout", "Llama-4-Maverick", "Qwen3-235B-A22B", "Kimi-K2", "GLM-4.5",
            "DeepSeek-V2-Lite", "Qwen3-8B"};
        for (String n : names) {
            assertNotNull(catalog.models().find(n), n);
        }
    }

    @Test
    void everyDeviceTheOriginalCyclesThroughAndTheCurrentOnesArePresent() {
        String[] names = {"Tesla T4", "RTX 4090", "L40S", "A100 40GB SXM", "A100 80GB SXM", "H100", "H200",
            "Radeon Pro W7800", "Radeon Pro W7900", "MI210", "MI250X", "MI300X", "Arc A770",
            "Data Center GPU Max 1550", "Gaudi2", "TPU v3", "TPU v4", "Cerebras WSE-2", "Graphcore IPU",
            "B200", "RTX 5090", "MI325X", "MI355X", "Gaudi3", "TPU v5e", "TPU v5p", "TPU v6e", "WSE-3",
            "Groq LPU", "Apple M4 Max"};
        for (String n : names) {
            assertNotNull(catalog.devices().find(n), n);
        }
    }

    @Test
    void aliasesResolveCaseAndPunctuationInsensitively() {
        assertEquals("llama-3.1-70b", catalog.model("llama-70b").id());
        assertEquals("llama-3.1-70b", catalog.model("LLAMA_70B").id());
        assertEquals("h100", catalog.device("h100").id());
        assertEquals("h100", catalog.device("H100 SXM 80GB").id());
        assertEquals("qwen3-next-80b", catalog.model("Qwen3-Next-80B-A3B").id());
        assertEquals("m4-max", catalog.device("apple m4 max").id());
    }

    @Test
    void cyclingWrapsAround() {
        ModelSpec first = catalog.models().all().get(0);
        ModelSpec last = catalog.models().all().get(catalog.models().size() - 1);
        assertEquals(first, catalog.models().next(last));
        assertEquals(last, catalog.models().previous(first));
        DeviceSpec h100 = catalog.device("h100");
        assertEquals(h100, catalog.devices().previous(catalog.devices().next(h100)));
    }

    @Test
    void h100UsableCapacityIsWhatVllmSees() {
        DeviceSpec h100 = catalog.device("h100");
        assertEquals(80_000_000_000L, h100.marketedBytes());
        assertEquals(79.19, h100.usableBytes() / (double) (1L << 30), 0.005);
        assertEquals(5, h100.moduleCount());
    }

    @Test
    void sentencesCallEachDeviceByWhatItIs() {
        assertEquals(DeviceUnit.GPU, catalog.device("h100").unit());
        assertEquals(DeviceUnit.CHIP, catalog.device("groq").unit());
        assertEquals(DeviceUnit.CHIP, catalog.device("tpu-v4").unit());
        assertEquals(DeviceUnit.CHIP, catalog.device("ipu-gc200").unit());
        assertEquals(DeviceUnit.WAFER, catalog.device("wse-3").unit());
        assertEquals("12 wafers", 12 + " " + catalog.device("wse-2").unit().noun(12));
    }

    @Test
    void derivedParameterCountsLandWithinTwoPercentOfPublished() {
        StringBuilder report = new StringBuilder();
        for (ModelSpec m : catalog.models().all()) {
            double derived = m.derivedParams().total();
            double error = Math.abs(derived - m.publishedTotalParams()) / m.publishedTotalParams();
            report.append(m.id()).append(' ').append(Math.round(derived / 1e7) / 100.0).append("B vs ")
                    .append(m.publishedTotalParams() / 1e9).append("B\n");
            assertTrue(error <= 0.02, m.id() + ": derived " + derived / 1e9 + "B vs published "
                    + m.publishedTotalParams() / 1e9 + "B\n" + report);
        }
        System.out.print(report);
    }

    @Test
    void kvBytesPerTokenEqualTheWorkedArithmeticOfModelsCsv() {
        int checked = 0;
        List<Map<String, String>> rows = ReferenceData.csv("models.csv");
        for (Map<String, String> row : rows) {
            String repo = row.get("hf_repo");
            ModelSpec model = bySource(repo);
            assertNotNull(model, "models.csv row " + row.get("name") + " (" + repo + ") is in the catalog");
            long expected = Long.parseLong(row.get("kv_bytes_per_token_16bit"));
            long computed = KvFootprint.wholeModel(model, Precision.BF16).uncappedBytesPerToken();
            assertEquals(expected, computed, model.id() + " (" + row.get("kv_arithmetic") + ")");
            checked++;
        }
        assertEquals(rows.size(), checked, "every row of models.csv checked");
    }

    private ModelSpec bySource(String repo) {
        for (ModelSpec m : catalog.models().all()) {
            if (m.source().equalsIgnoreCase(repo)) {
                return m;
            }
        }
        return null;
    }
}
