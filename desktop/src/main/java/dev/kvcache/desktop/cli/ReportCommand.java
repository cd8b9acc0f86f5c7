package dev.kvcache.desktop.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.kvcache.catalog.Catalog;
import dev.kvcache.catalog.ModelSpec;
import dev.kvcache.catalog.hf.HfConfigImporter;
import dev.kvcache.data.CatalogLoader;
import dev.kvcache.memory.ClusterLayout;
import dev.kvcache.memory.Scenario;
import dev.kvcache.memory.ScenarioFigures;
import dev.kvcache.memory.TensorParallelHeads;
import dev.kvcache.scenario.ScenarioParams;
import dev.kvcache.scenario.ScenarioRequest;
import dev.kvcache.scenario.ScenarioResolver;
import dev.kvcache.scenario.ServingRun;
import dev.kvcache.scenario.StartupScenario;
import dev.kvcache.scenario.ValueRange;
import dev.kvcache.sim.SimSettings;
import dev.kvcache.timing.ServingPerformance;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

/**
 * {@code report [options]}: prints every figure of one scenario as a JSON object and exits 0, with
 * any notice (such as vLLM replicating KV heads) also on stderr; a bad option or config file prints
 * one line to stderr and exits 2. A thin Jackson printer over {@link ScenarioFigures} and, for its
 * {@code performance}, {@link ServingPerformance} (batch = concurrent users, each sending requests of
 * {@code --prompt} and {@code --output} tokens).
 */
public final class ReportCommand implements Subcommands.Subcommand {
    static final int OK = 0;
    static final int BAD_USAGE = 2;
    private static final ObjectMapper JSON = FigureJson.mapper();

    @Override
    public int run(String[] args, PrintStream out, PrintStream err) {
        try {
            ReportOptions options = new ReportOptions(args);
            Scenario scenario = scenario(options);
            RequestShape shape = RequestShape.of(options, scenario);
            ScenarioFigures figures = new ScenarioFigures(scenario);
            Scenario layout = performanceLayout(scenario, figures);
            ServingPerformance performance = ServingPerformance.of(layout, shape.timing,
                    scenario.batch, shape.prompt, shape.output);
            ClusterLayout cluster = null;
            Map<String, Object> clusterJson = null;
            if (scenario.settings.deployment().isSet()) {
                cluster = ReportCluster.layout(loadCatalog(), layout);
                clusterJson = ReportCluster.of(cluster, layout, shape, performance);
            }
            ScenarioResolver resolver = new ScenarioResolver(loadCatalog());
            ServingRun serving = ServingRun.whyNot(scenario) == null
                    ? ServingRun.of(scenario, ReportOffload.servingTiming(scenario, resolver)) : null;
            Map<String, Object> offload = scenario.settings.offload().isOn()
                    ? ReportOffload.of(scenario, resolver, serving) : null;
            List<String> notices = new ArrayList<>();
            String replication = TensorParallelHeads.notice(scenario);
            if (replication != null) {
                notices.add(replication);
            }
            out.println(JSON.writerWithDefaultPrettyPrinter().with(SerializationFeature.INDENT_OUTPUT)
                    .writeValueAsString(ReportJson.of(figures, serving, performance, shape, notices, offload, cluster,
                            clusterJson)));
            for (String notice : notices) {
                err.println("report: " + notice);
            }
            return OK;
        } catch (IllegalArgumentException | IllegalStateException e) {
            err.println("report: " + dashed(oneLine(e.getMessage())));
            return BAD_USAGE;
        } catch (JsonProcessingException e) {
            err.println("report: cannot write JSON: " + oneLine(e.getMessage()));
            return BAD_USAGE;
        }
    }

    /**
     * The scenario the options describe, read by the codec every way in shares ({@link ScenarioParams})
     * over the app's startup defaults ({@link StartupScenario}: the default model and device, the
     * model's native weights with the KV cache to match, batch 8 at 128K, the device's default
     * optimisations), with the engine's wider range of batch and context. Where the app corrects a
     * value with a notice, the command line refuses it: the codec's words with the option's dashes.
     */
    static Scenario scenario(ReportOptions o) {
        Catalog catalog = loadCatalog();
        Map<String, String> link = o.scenarioValues();
        if (o.has("--model-config")) {
            ModelSpec imported = importConfig(o.get("--model-config", ""));
            catalog.models().add(imported, imported.id(), imported.name(), Collections.<String>emptyList());
            if (catalog.models().find(imported.id()) != imported) {
                throw new IllegalArgumentException("--model-config " + o.get("--model-config", "") + ": id '"
                        + imported.id() + "' is a catalog model's; rename the file or use --model");
            }
            link.put("model", imported.id());
        }
        ScenarioRequest request = new ScenarioParams(catalog, ValueRange.ENGINE).parse(link,
                StartupScenario.defaults(catalog));
        if (!request.refusals().isEmpty()) {
            throw new IllegalArgumentException(request.refusals().get(0));
        }
        SimSettings settings = request.settings().toBuilder()
                .gpuMemoryUtilization(o.fraction("--gpu-memory-utilization", SimSettings.DEFAULT_GPU_MEMORY_UTILIZATION))
                .build();
        ScenarioResolver resolver = new ScenarioResolver(catalog);
        return Scenario.of(settings, resolver.model(settings.modelId()), resolver.device(settings.deviceId()),
                resolver.draft(settings));
    }

    /**
     * The layout the performance describes: the one the options fix, else the one the report's
     * {@code layout} names (the fewest GPUs that hold every slot at the full context).
     */
    static Scenario performanceLayout(Scenario scenario, ScenarioFigures figures) {
        if (scenario.settings.hasFixedLayout()) {
            return scenario;
        }
        return scenario.onLayout(figures.layoutNeeded.tp, figures.layoutNeeded.pp, figures.layoutNeeded.cp);
    }

    /**
     * An error from the record or the engine names the field as a link does ({@code tp 3 ...}); the
     * command line adds its dashes ({@code --tp 3 ...}).
     */
    static String dashed(String message) {
        for (String[] options : new String[][] {ReportOptions.SCENARIO, ReportOptions.OWN}) {
            for (String option : options) {
                String field = option.substring(2);
                if (message.startsWith(field + " ") || message.startsWith(field + ":")) {
                    return "--" + message;
                }
            }
        }
        return message;
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
    public static Catalog loadCatalog() {
        CatalogLoader loader = new CatalogLoader();
        Catalog catalog = loader.loadClusters(loader.load(resource("catalog/models.json"),
                resource("catalog/devices.json")), resource("catalog/clusters.json"));
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

    static String oneLine(String message) {
        if (message == null) {
            return "error";
        }
        int nl = message.indexOf('\n');
        return nl < 0 ? message : message.substring(0, nl);
    }
}
