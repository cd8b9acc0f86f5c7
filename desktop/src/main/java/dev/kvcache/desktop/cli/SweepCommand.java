package dev.kvcache.desktop.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.kvcache.memory.Scenario;
import dev.kvcache.timing.ServingPerformance;
import dev.kvcache.timing.ServingSweep;
import java.io.PrintStream;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * {@code sweep [report's options]}: throughput against per-user latency for every batch from 1 to
 * the KV limit, one JSON object a line, for plotting. Each line serves that many concurrent users
 * with requests of {@code --prompt} and {@code --output} tokens on one layout: the one the options
 * fix, else the fewest GPUs that hold the weights and one such request. The KV limit is the most
 * such requests that layout holds at once ({@link ServingSweep}, which the app's chart draws too). A
 * bad option prints one line and exits 2.
 */
public final class SweepCommand implements Subcommands.Subcommand {
    private static final ObjectMapper JSON = FigureJson.mapper();

    @Override
    public int run(String[] args, PrintStream out, PrintStream err) {
        try {
            ReportOptions options = new ReportOptions(args);
            if (options.has("--batch")) {
                throw new IllegalArgumentException("--batch: sweep runs every batch from 1 to the KV limit; leave it out");
            }
            Scenario scenario = ReportCommand.scenario(options);
            RequestShape shape = RequestShape.of(options, scenario);
            ServingSweep sweep = ServingSweep.of(scenario, shape.timing, shape.prompt, shape.output);
            Scenario one = sweep.layout;
            if (sweep.kvLimit < 1) {
                throw new IllegalArgumentException("the " + one.tp + " x " + one.pp + " x " + one.cp
                        + " layout holds no request of " + (shape.prompt + shape.output) + " tokens");
            }
            for (long batch = 1; batch <= sweep.kvLimit; batch++) {
                out.println(JSON.writeValueAsString(line(sweep.at((int) batch), one)));
            }
            return ReportCommand.OK;
        } catch (IllegalArgumentException | IllegalStateException e) {
            err.println("sweep: " + ReportCommand.dashed(ReportCommand.oneLine(e.getMessage())));
            return ReportCommand.BAD_USAGE;
        } catch (JsonProcessingException e) {
            err.println("sweep: cannot write JSON: " + ReportCommand.oneLine(e.getMessage()));
            return ReportCommand.BAD_USAGE;
        }
    }

    private static Map<String, Object> line(ServingPerformance p, Scenario layout) {
        Map<String, Object> line = new LinkedHashMap<>();
        line.put("batch", p.batch);
        line.put("tokensPerSecond", p.tokensPerSecond);
        line.put("tokensPerSecondPerUser", p.tokensPerSecondPerUser);
        line.put("tpotSeconds", p.tpotSeconds);
        line.put("ttftSeconds", p.ttftSeconds);
        line.put("boundBy", p.boundBy.word());
        line.put("gpus", layout.gpus());
        return line;
    }
}
