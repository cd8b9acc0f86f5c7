package dev.kvcache.desktop.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.kvcache.catalog.Catalog;
import dev.kvcache.catalog.DeviceSpec;
import dev.kvcache.catalog.ModelSpec;
import dev.kvcache.catalog.Precision;
import dev.kvcache.catalog.ScenarioDefaults;
import dev.kvcache.catalog.hf.HfConfigImporter;
import dev.kvcache.data.CatalogLoader;
import dev.kvcache.memory.Scenario;
import dev.kvcache.memory.ScenarioFigures;
import dev.kvcache.memory.Switch;
import dev.kvcache.scenario.DeviceDefaults;
import dev.kvcache.memory.TensorParallelHeads;
import dev.kvcache.scenario.ServingRun;
import dev.kvcache.sim.BatchingMode;
import dev.kvcache.sim.FlashMode;
import dev.kvcache.sim.PagingMode;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code report [options]}: prints every figure of one scenario as a JSON object and exits 0, with
 * any notice (such as vLLM replicating KV heads) also on stderr; a bad option or config file prints
 * one line to stderr and exits 2. A thin Jackson printer over {@link ScenarioFigures}.
 */
public final class ReportCommand implements Subcommands.Subcommand {
    static final int OK = 0;
    static final int BAD_USAGE = 2;
    private static final ObjectMapper JSON = new ObjectMapper();

    @Override
    public int run(String[] args, PrintStream out, PrintStream err) {
        try {
            Scenario scenario = scenario(new ReportOptions(args));
            ScenarioFigures figures = new ScenarioFigures(scenario);
            ServingRun serving = ServingRun.whyNot(scenario) == null ? ServingRun.of(scenario) : null;
            List<String> notices = new ArrayList<>();
            String replication = TensorParallelHeads.notice(scenario);
            if (replication != null) {
                notices.add(replication);
            }
            out.println(JSON.writerWithDefaultPrettyPrinter().with(SerializationFeature.INDENT_OUTPUT)
                    .writeValueAsString(ReportJson.of(figures, serving, notices)));
            for (String notice : notices) {
                err.println("report: " + notice);
            }
            return OK;
        } catch (IllegalArgumentException | IllegalStateException e) {
            err.println("report: " + oneLine(e.getMessage()));
            return BAD_USAGE;
        } catch (JsonProcessingException e) {
            err.println("report: cannot write JSON: " + oneLine(e.getMessage()));
            return BAD_USAGE;
        }
    }

    /**
     * The scenario the options describe; what they leave out is what the app starts with: the default
     * model and device, the model's native weights with the KV cache to match, batch 8 at 128K
     * ({@link ScenarioDefaults}), and the device's default optimisations ({@link DeviceDefaults}).
     */
    static Scenario scenario(ReportOptions o) {
        Catalog catalog = loadCatalog();
        ModelSpec model = o.has("--model-config") ? importConfig(o.get("--model-config", ""))
                : catalog.model(o.get("--model", ScenarioDefaults.MODEL));
        DeviceSpec device = catalog.device(o.get("--gpu", ScenarioDefaults.DEVICE));
        Scenario.Builder b = new Scenario.Builder(model, device);
        Switch batching = DeviceDefaults.batching(device) == BatchingMode.CONTINUOUS ? Switch.ON : Switch.OFF;
        Switch paging = DeviceDefaults.paging(device) == PagingMode.PAGED ? Switch.ON : Switch.OFF;
        Switch flash = DeviceDefaults.flash(device) == FlashMode.FLASH ? Switch.ON : Switch.OFF;
        if (o.has("--precision")) {
            b.weights(Precision.parse(o.get("--precision", "")));
        }
        if (o.has("--kv")) {
            b.kv(Precision.parse(o.get("--kv", "")));
        }
        b.batch(o.integer("--batch", ScenarioDefaults.BATCH))
                .context(o.tokens("--context", ScenarioDefaults.CONTEXT_TOKENS))
                .tensorParallel(o.integer("--tp", 1)).pipelineParallel(o.integer("--pp", 1))
                .contextParallel(o.integer("--cp", 1))
                .gpuMemoryUtilization(o.fraction("--gpu-memory-utilization", 0.9))
                .continuousBatching(toggle(o, "--cb", batching)).pagedAttention(toggle(o, "--pa", paging))
                .flashAttention(toggle(o, "--fa", flash)).countWeights(toggle(o, "--weights", Switch.ON));
        return b.build();
    }

    private static Switch toggle(ReportOptions o, String name, Switch byDefault) {
        if (!o.has(name)) {
            return byDefault;
        }
        String v = o.get(name, "");
        Switch s = Switch.fromDigit(v.trim());
        if (s == null) {
            throw new IllegalArgumentException(name + " must be 0 or 1, got '" + v + "'");
        }
        return s;
    }

    static ModelSpec importConfig(String file) {
        Path path = Paths.get(file);
        if (!Files.isRegularFile(path)) {
            throw new IllegalArgumentException("--model-config " + file + ": no such file");
        }
        // Any JSON value: the importer refuses what is not an object, naming what it got.
        Object tree;
        try {
            tree = JSON.readValue(path.toFile(), Object.class);
        } catch (IOException e) {
            throw new IllegalArgumentException("--model-config " + file + ": broken JSON: "
                    + oneLine(e.getMessage()));
        }
        String name = path.getFileName().toString();
        String id = name.endsWith(".json") ? name.substring(0, name.length() - 5) : name;
        try {
            return HfConfigImporter.read(tree, id, name).build();
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("--model-config " + e.getMessage());
        }
    }

    /** The shipped catalog, packed into the jar from assets/catalog. */
    static Catalog loadCatalog() {
        CatalogLoader loader = new CatalogLoader();
        Catalog catalog = loader.load(resource("catalog/models.json"), resource("catalog/devices.json"));
        if (!loader.problems().isEmpty()) {
            throw new IllegalStateException("catalog has problems: " + loader.problems().get(0));
        }
        return catalog;
    }

    private static String resource(String name) {
        try (InputStream in = ReportCommand.class.getClassLoader().getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("catalog file " + name + " is not in the jar");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + name + ": " + e.getMessage());
        }
    }

    private static String oneLine(String message) {
        if (message == null) {
            return "error";
        }
        int nl = message.indexOf('\n');
        return nl < 0 ? message : message.substring(0, nl);
    }
}
