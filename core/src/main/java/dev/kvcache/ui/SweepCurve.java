package dev.kvcache.ui;

import dev.kvcache.host.HostView;
import dev.kvcache.memory.Scenario;
import dev.kvcache.memory.ScenarioFigures;
import dev.kvcache.scenario.EngineSpecProvider;
import dev.kvcache.sim.BoundBy;
import dev.kvcache.sim.RequestSizes;
import dev.kvcache.sim.SimSettings;
import dev.kvcache.timing.ServingPerformance;
import dev.kvcache.timing.ServingSweep;

/**
 * The chart's data: the {@code sweep} command's curve for the scene, throughput against time per
 * output token for batches 1 up to the KV limit, serving the scene's mean request
 * ({@link RequestSizes}) on the layout the formula describes, under the scene's efficiencies;
 * today's batch on it, and the ridge. Worked out when the scenario changes (its figures do), never
 * per frame; plain Java, so a test compares it with the command's lines.
 */
final class SweepCurve {
    /** Batches drawn at most: every one up to this limit, else this many spread evenly from 1 to the limit. */
    static final int MAX_POINTS = 96;

    final int[] batch = new int[MAX_POINTS];
    final double[] tpotSeconds = new double[MAX_POINTS];
    final double[] tokensPerSecond = new double[MAX_POINTS];
    final BoundBy[] bound = new BoundBy[MAX_POINTS];
    int count;
    /** The most mean requests the layout holds at once; 0 when it holds none. */
    long kvLimit;
    /** The scene's batch, and where it serves on the same layout (past {@link #kvLimit} the cache would not hold it). */
    int todayBatch;
    double todayTpotSeconds;
    double todayTokensPerSecond;
    /** The smallest compute-bound batch; 0 when none is. */
    int ridgeBatch;
    /** The largest time per token and throughput shown (axes' ends). */
    double maxTpotSeconds;
    double maxTokensPerSecond;
    long prompt;
    long output;
    private ScenarioFigures shownFigures;

    /** Works the curve out again if the scene's figures changed; returns true when it did. */
    boolean refresh(HostView host) {
        ScenarioFigures figures = host.figures();
        if (figures == shownFigures) {
            return false;
        }
        shownFigures = figures;
        SimSettings settings = host.simulation().settings();
        Scenario onLayout = Scenario.of(settings.toBuilder()
                .layout(figures.scenario.tp, figures.scenario.pp, figures.scenario.cp).build(), host.model(),
                host.device(), figures.scenario.draftModel);
        compute(onLayout, settings);
        return true;
    }

    /** The curve for {@code scenario} (on the layout it fixes), today's point at {@code settings}' batch. */
    void compute(Scenario scenario, SimSettings settings) {
        prompt = RequestSizes.meanPrompt(settings.contextTokens());
        output = RequestSizes.meanOutput(settings.contextTokens());
        ServingSweep sweep = ServingSweep.of(scenario, EngineSpecProvider.timing(settings), prompt, output);
        kvLimit = sweep.kvLimit;
        count = (int) Math.min(MAX_POINTS, Math.max(0, kvLimit));
        maxTpotSeconds = 0;
        maxTokensPerSecond = 0;
        for (int i = 0; i < count; i++) {
            int b = kvLimit <= MAX_POINTS ? i + 1
                    : (int) (1 + Math.round(i * (double) (kvLimit - 1) / (MAX_POINTS - 1)));
            ServingPerformance p = sweep.at(b);
            batch[i] = b;
            tpotSeconds[i] = p.tpotSeconds;
            tokensPerSecond[i] = p.tokensPerSecond;
            bound[i] = p.boundBy;
            take(p);
        }
        todayBatch = settings.batch();
        ServingPerformance today = sweep.at(todayBatch);
        todayTpotSeconds = today.tpotSeconds;
        todayTokensPerSecond = today.tokensPerSecond;
        ridgeBatch = today.ridgeBatch;
        take(today);
    }

    private void take(ServingPerformance p) {
        maxTpotSeconds = Math.max(maxTpotSeconds, p.tpotSeconds);
        maxTokensPerSecond = Math.max(maxTokensPerSecond, p.tokensPerSecond);
    }

    /** True when the scene's batch is more than the layout holds of mean requests. */
    boolean todayPastWall() {
        return todayBatch > kvLimit;
    }
}
