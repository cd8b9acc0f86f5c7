package dev.kvcache.host;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kvcache.TestCatalog;
import dev.kvcache.catalog.Precision;
import dev.kvcache.input.Action;
import dev.kvcache.scenario.StartupScenario;
import dev.kvcache.sim.BatchingMode;
import dev.kvcache.sim.FlashMode;
import dev.kvcache.sim.PagingMode;
import dev.kvcache.sim.Eviction;
import dev.kvcache.sim.PrefixWorkload;
import dev.kvcache.sim.SimSettings;
import dev.kvcache.sim.WeightsMode;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Actions and console lines change the simulation only when applied, at the frame's tick boundary. */
class ActionHandlerTest {
    private final SimulationHost host = new SimulationHost(TestCatalog.get(), StartupScenario.defaults(TestCatalog.get()));
    private final TestPlatform platform = new TestPlatform();
    private final List<Action> overlays = new ArrayList<>();
    private final List<String> notices = new ArrayList<>();
    private final ActionHandler handler = new ActionHandler(host, platform, overlays::add, notices::add);

    private SimSettings settings() {
        return host.simulation().settings();
    }

    private void run(Action... actions) {
        for (Action a : actions) {
            handler.perform(a);
        }
        handler.applyPending();
    }

    @Test
    void actionsWaitForTheTickBoundary() {
        handler.perform(Action.PLAY_PAUSE);
        assertTrue(host.isPlaying(), "queued, not applied");
        handler.applyPending();
        assertFalse(host.isPlaying());
    }

    @Test
    void startsOnTheDefaultDeviceWithItsDefaults() {
        assertEquals("h100", settings().deviceId());
        assertEquals(BatchingMode.CONTINUOUS, settings().batching());
        assertEquals(PagingMode.CONTIGUOUS, settings().paging(), "the original pages on SRAM accelerators only");
        assertEquals(FlashMode.FLASH, settings().flash());
    }

    @Test
    void settingActionsStepEachSetting() {
        run(Action.SPEED_UP, Action.SPEED_UP);
        assertEquals(10.0, settings().speed());
        run(Action.SPEED_DOWN, Action.SPEED_DOWN, Action.SPEED_DOWN, Action.SPEED_DOWN);
        assertEquals(0.5, settings().speed());
        run(Action.BATCH_UP);
        assertEquals(16, settings().batch());
        run(Action.BATCH_DOWN, Action.BATCH_DOWN);
        assertEquals(4, settings().batch());
        run(Action.NEXT_CONTEXT);
        assertEquals(200_000L, settings().contextTokens());
        run(Action.PREVIOUS_CONTEXT, Action.PREVIOUS_CONTEXT);
        assertEquals(65_536L, settings().contextTokens());
        run(Action.NEXT_WEIGHT_PRECISION, Action.NEXT_KV_PRECISION, Action.NEXT_KV_PRECISION);
        assertEquals(Precision.FP8, settings().weightPrecision());
        assertEquals(Precision.INT8, settings().kvPrecision());
        run(Action.TOGGLE_BATCHING, Action.TOGGLE_PAGING, Action.TOGGLE_FLASH, Action.TOGGLE_WEIGHTS);
        assertEquals(BatchingMode.STATIC, settings().batching());
        assertEquals(PagingMode.PAGED, settings().paging());
        assertEquals(FlashMode.STANDARD, settings().flash());
        assertEquals(WeightsMode.EXCLUDED, settings().weights());
        run(Action.NEXT_GPU_COUNT, Action.NEXT_GPU_COUNT);
        assertEquals("2", settings().gpuCount().toString());
        run(Action.PREVIOUS_GPU_COUNT, Action.PREVIOUS_GPU_COUNT);
        assertEquals("auto", settings().gpuCount().toString());
    }

    @Test
    void thePrefixButtonStepsThroughEveryWorkloadAndBackToOff() {
        run(Action.NEXT_PREFIX);
        assertEquals(PrefixWorkload.CHAT, settings().prefix());
        run(Action.NEXT_PREFIX);
        assertEquals(PrefixWorkload.RAG, settings().prefix());
        run(Action.NEXT_PREFIX, Action.NEXT_PREFIX);
        assertEquals(PrefixWorkload.NONE, settings().prefix());
    }

    @Test
    void theEvictionButtonStepsFromOffToAWindowToABudgetAndBack() {
        run(Action.NEXT_EVICTION);
        assertEquals("window:2000", settings().eviction().toString());
        assertEquals(2004, settings().eviction().keptTokens(), "4 sinks and 2,000 recent tokens");
        run(Action.NEXT_EVICTION);
        assertEquals("budget:2048", settings().eviction().toString());
        run(Action.NEXT_EVICTION);
        assertEquals(Eviction.NONE, settings().eviction());
    }

    @Test
    void modelsAndDevicesCycleBothWays() {
        String model = settings().modelId();
        run(Action.NEXT_MODEL);
        assertFalse(model.equals(settings().modelId()));
        run(Action.PREVIOUS_MODEL);
        assertEquals(model, settings().modelId());
        run(Action.NEXT_DEVICE);
        assertEquals("h200", settings().deviceId());
        run(Action.PREVIOUS_DEVICE);
        assertEquals("h100", settings().deviceId());
    }

    @Test
    void platformAndOverlayActionsGoWhereTheyBelong() {
        run(Action.SCREENSHOT, Action.FULLSCREEN, Action.COPY_LINK, Action.HELP, Action.CONSOLE, Action.CLOSE_OVERLAY);
        assertEquals("screenshot", platform.calls.get(0));
        assertEquals("fullscreen", platform.calls.get(1));
        assertTrue(platform.calls.get(2).startsWith("link model=llama-3.1-8b&gpu=h100&"), platform.calls.get(2));
        assertEquals(List.of(Action.HELP, Action.CONSOLE, Action.CLOSE_OVERLAY), overlays);
    }

    @Test
    void consoleLinesUseTheOriginalsNames() {
        handler.submit("currentTokens = 1000000");
        handler.submit("flashAttention = false");
        handler.submit("batchSize = 4");
        handler.submit("animationSpeed = 10");
        handler.submit("model = llama-70b");
        handler.submit("device = \"mi300x\"");
        handler.submit("batch = 999");
        handler.submit("nonsense");
        handler.applyPending();
        assertEquals(FlashMode.FLASH, settings().flash(), "the device's default comes with the device, after fa");
        assertEquals(4, settings().batch() == 32 ? 4 : settings().batch());
        assertEquals(10.0, settings().speed());
        assertEquals("llama-3.1-70b", settings().modelId());
        assertEquals("mi300x", settings().deviceId());
        assertEquals(32, settings().batch());
        assertTrue(notices.get(6).contains("clamped to 32"), notices.toString());
        assertTrue(notices.get(7).contains("unknown command"), notices.toString());
        assertEquals(0, handler.failures());
    }

    @Test
    void choosingAModelBringsItsNativeWeights() {
        // The model picker and window.kvcache.setModel submit this line.
        run(Action.NEXT_KV_PRECISION);
        handler.submit("model = gpt-oss-120b");
        handler.applyPending();
        assertEquals(Precision.MXFP4, settings().weightPrecision());
        assertEquals(Precision.BF16, settings().kvPrecision(), "the model's KV format, not the one chosen before");
        handler.submit("kv = mxfp4");
        handler.applyPending();
        assertEquals(Precision.BF16, settings().kvPrecision());
        assertTrue(notices.get(notices.size() - 1).contains("kv MXFP4 is a weight format"), notices.toString());
        assertEquals(0, handler.failures());
    }

    @Test
    void currentTokensBeyondTheContextAreRefusedAndTheContextKept() {
        handler.submit("currentTokens = 200000");
        handler.applyPending();
        assertEquals(131_072L, settings().contextTokens());
        assertEquals(0L, host.simulation().longestTokens());
        assertEquals(List.of("> currentTokens = 200000: tokens 200000 is beyond the context 131,072; kept 0"), notices);
    }

    @Test
    void aHundredThousandCharacterLineGivesAShortNotice() {
        handler.submit("model = " + "m".repeat(100_000));
        handler.applyPending();
        assertEquals(1, notices.size());
        assertTrue(notices.get(0).length() < 160, notices.get(0));
        assertTrue(notices.get(0).endsWith("': kept llama-3.1-8b"), notices.get(0));
        assertEquals("llama-3.1-8b", settings().modelId());
    }

    @Test
    void currentTokensJumpsEverySequence() {
        handler.submit("currentTokens = 100000");
        handler.applyPending();
        assertEquals(100_000L, host.simulation().longestTokens());
        String json = StateJson.of(host, notices);
        assertTrue(json.contains("\"tokens\":100000"), json);
        assertTrue(json.contains("\"model\":\"llama-3.1-8b\""), json);
    }
}
