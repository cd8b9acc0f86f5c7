package dev.kvcache.host;

import dev.kvcache.input.Action;
import dev.kvcache.input.ActionSink;
import dev.kvcache.scenario.DraftChoices;
import dev.kvcache.scenario.EngineSpecProvider;
import dev.kvcache.scenario.ScenarioParams;
import dev.kvcache.scenario.SettingSteps.Direction;
import dev.kvcache.scenario.SettingSteps;
import dev.kvcache.scenario.ShortText;
import dev.kvcache.sim.BatchingMode;
import dev.kvcache.sim.FlashMode;
import dev.kvcache.sim.Offload;
import dev.kvcache.sim.PagingMode;
import dev.kvcache.sim.SimSettings;
import dev.kvcache.sim.Simulation;
import dev.kvcache.sim.WeightsMode;
import dev.kvcache.units.Quantities;
import java.util.ArrayList;
import java.util.List;

/**
 * Queues actions and console lines from every input and applies them in {@link #applyPending()},
 * which {@link HostFrame} calls before it runs the frame's ticks: commands reach the host at a tick
 * boundary. View actions (overlays, budget ledger, debug log) go to {@code overlays}; screenshots,
 * fullscreen and links to the {@link PlatformServices}. Nothing escapes: a failing command becomes
 * a notice.
 */
public final class ActionHandler implements CommandQueue {
    /** Most queued commands kept between two frames; more are dropped (a stuck key cannot grow memory). */
    static final int MAX_PENDING = 256;

    private final SimulationHost host;
    private final SettingSteps steps;
    private final AppConsole console;
    private final PlatformServices platform;
    private final ActionSink overlays;
    private final NoticeSink notices;
    private final List<Object> pending = new ArrayList<Object>();
    private final List<Object> running = new ArrayList<Object>();
    private int failures;

    public ActionHandler(SimulationHost host, PlatformServices platform, ActionSink overlays, NoticeSink notices) {
        this.host = host;
        this.steps = new SettingSteps(host.catalog());
        this.console = new AppConsole(host);
        this.platform = platform;
        this.overlays = overlays;
        this.notices = notices;
    }

    @Override
    public void perform(Action action) {
        enqueue(action);
    }

    @Override
    public void submit(String consoleLine) {
        enqueue(consoleLine);
    }

    private void enqueue(Object command) {
        if (command != null && pending.size() < MAX_PENDING) {
            pending.add(command);
        }
    }

    /** Runs every queued command, in order. */
    public void applyPending() {
        if (pending.isEmpty()) {
            // Most frames: nothing queued, and nothing allocated (addAll copies through an array, a loop an iterator).
            return;
        }
        running.clear();
        running.addAll(pending);
        pending.clear();
        for (int i = 0; i < running.size(); i++) {
            Object command = running.get(i);
            try {
                if (command instanceof Action) {
                    apply((Action) command);
                } else {
                    String line = (String) command;
                    // The line as typed, cut: a script may send a 100,000-character line.
                    notices.notice("> " + ShortText.of(line) + ": " + console.execute(line));
                }
            } catch (RuntimeException e) {
                failures++;
                notices.notice("could not do " + ShortText.of(String.valueOf(command)) + ": " + e.getMessage());
            }
        }
        running.clear();
    }

    /** Commands that threw since start (the randomized test expects none). */
    public int failures() {
        return failures;
    }

    private void apply(Action action) {
        Simulation sim = host.simulation();
        SimSettings s = sim.settings();
        switch (action) {
            case PLAY_PAUSE:
                if (host.isPlaying()) {
                    host.pause();
                } else {
                    host.play();
                }
                break;
            case SPEED_UP:
                host.apply(SettingSteps.speed(s, Direction.UP));
                notices.notice("speed " + Quantities.speed(sim.settings().speed()));
                break;
            case SPEED_DOWN:
                host.apply(SettingSteps.speed(s, Direction.DOWN));
                notices.notice("speed " + Quantities.speed(sim.settings().speed()));
                break;
            case NEXT_MODEL:
                host.apply(steps.model(s, Direction.UP));
                break;
            case PREVIOUS_MODEL:
                host.apply(steps.model(s, Direction.DOWN));
                break;
            case NEXT_DEVICE:
                host.apply(steps.device(s, Direction.UP));
                break;
            case PREVIOUS_DEVICE:
                host.apply(steps.device(s, Direction.DOWN));
                break;
            default:
                applyScenarioStep(action, s);
                break;
        }
    }

    private void applyScenarioStep(Action action, SimSettings s) {
        switch (action) {
            case NEXT_GPU_COUNT:
                host.apply(SettingSteps.gpus(s, Direction.UP));
                break;
            case PREVIOUS_GPU_COUNT:
                host.apply(SettingSteps.gpus(s, Direction.DOWN));
                break;
            case NEXT_CONTEXT:
                host.apply(SettingSteps.context(s, Direction.UP));
                break;
            case PREVIOUS_CONTEXT:
                host.apply(SettingSteps.context(s, Direction.DOWN));
                break;
            case BATCH_UP:
                host.apply(SettingSteps.batch(s, Direction.UP));
                break;
            case BATCH_DOWN:
                host.apply(SettingSteps.batch(s, Direction.DOWN));
                break;
            case NEXT_WEIGHT_PRECISION:
                host.apply(SettingSteps.weightPrecision(s, Direction.UP));
                break;
            case PREVIOUS_WEIGHT_PRECISION:
                host.apply(SettingSteps.weightPrecision(s, Direction.DOWN));
                break;
            case NEXT_KV_PRECISION:
                host.apply(SettingSteps.kvPrecision(s, Direction.UP));
                break;
            case PREVIOUS_KV_PRECISION:
                host.apply(SettingSteps.kvPrecision(s, Direction.DOWN));
                break;
            case BW_EFFICIENCY_UP:
            case BW_EFFICIENCY_DOWN:
                host.apply(SettingSteps.bwEfficiency(s,
                        action == Action.BW_EFFICIENCY_UP ? Direction.UP : Direction.DOWN));
                notices.notice("achieved bandwidth " + Quantities.percent(
                        EngineSpecProvider.timing(host.simulation().settings()).bwEfficiency()) + " of peak");
                break;
            case FLOPS_EFFICIENCY_UP:
            case FLOPS_EFFICIENCY_DOWN:
                host.apply(SettingSteps.flopsEfficiency(s,
                        action == Action.FLOPS_EFFICIENCY_UP ? Direction.UP : Direction.DOWN));
                notices.notice("achieved tensor throughput " + Quantities.percent(
                        EngineSpecProvider.timing(host.simulation().settings()).flopsEfficiency()) + " of peak");
                break;
            case NEXT_DRAFT:
                host.apply(steps.draft(s));
                notices.notice("speculative draft: "
                        + DraftChoices.label(host.catalog(), host.simulation().settings().speculation()));
                break;
            default:
                applyToggleOrOther(action, s);
                break;
        }
    }

    private void applyToggleOrOther(Action action, SimSettings s) {
        switch (action) {
            case TOGGLE_BATCHING:
                host.apply(s.toBuilder().batching(s.batching() == BatchingMode.CONTINUOUS
                        ? BatchingMode.STATIC : BatchingMode.CONTINUOUS).build());
                break;
            case TOGGLE_PAGING:
                host.apply(s.toBuilder().paging(s.paging() == PagingMode.PAGED
                        ? PagingMode.CONTIGUOUS : PagingMode.PAGED).build());
                break;
            case TOGGLE_FLASH:
                host.apply(s.toBuilder().flash(s.flash() == FlashMode.FLASH ? FlashMode.STANDARD : FlashMode.FLASH).build());
                break;
            case NEXT_PREFIX:
                host.apply(s.toBuilder().prefix(s.prefix().next()).build());
                break;
            case NEXT_EVICTION:
                host.apply(s.toBuilder().eviction(s.eviction().next()).build());
                break;
            case CYCLE_OFFLOAD:
                host.apply(s.toBuilder().offload(s.offload().withGib(Offload.nextStep(s.offload().gib()))).build());
                break;
            case TOGGLE_WEIGHTS:
                host.apply(s.toBuilder().weights(s.weights() == WeightsMode.INCLUDED
                        ? WeightsMode.EXCLUDED : WeightsMode.INCLUDED).build());
                break;
            case RESET:
                host.reset();
                notices.notice("reset");
                break;
            case SINGLE_STEP:
                host.pause();
                host.singleStep();
                break;
            case SCREENSHOT:
                notices.notice(platform.saveScreenshot());
                break;
            case FULLSCREEN:
                notices.notice(platform.toggleFullscreen());
                break;
            case COPY_LINK:
                notices.notice(platform.shareLink(ScenarioParams.format(s,
                        host.simulation().longestTokens(), !host.isPlaying())));
                break;
            default:
                overlays.perform(action);
                break;
        }
    }
}
