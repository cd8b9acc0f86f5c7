package dev.kvcache.ui;

import com.badlogic.gdx.scenes.scene2d.Actor;
import com.badlogic.gdx.scenes.scene2d.ui.Label;
import com.badlogic.gdx.scenes.scene2d.ui.ScrollPane;
import com.badlogic.gdx.scenes.scene2d.ui.Table;
import com.badlogic.gdx.scenes.scene2d.ui.TextButton;
import com.badlogic.gdx.scenes.scene2d.utils.ChangeListener;
import dev.kvcache.catalog.DeviceUnit;
import dev.kvcache.catalog.HostLink;
import dev.kvcache.host.HostView;
import dev.kvcache.input.Action;
import dev.kvcache.input.ActionSink;
import dev.kvcache.scenario.DeviceDefaults;
import dev.kvcache.scenario.DraftChoices;
import dev.kvcache.scenario.EngineSpecProvider;
import dev.kvcache.sim.BatchingMode;
import dev.kvcache.sim.FlashMode;
import dev.kvcache.sim.Eviction;
import dev.kvcache.sim.Offload;
import dev.kvcache.sim.PagingMode;
import dev.kvcache.sim.PrefixWorkload;
import dev.kvcache.sim.SimSettings;
import dev.kvcache.sim.Speculation;
import dev.kvcache.timing.TimingSettings;
import dev.kvcache.units.Quantities;

/**
 * Every setting as buttons that perform the same {@link Action}s as the keys: play, step, reset,
 * speed, model (the name opens the searchable list), device, GPUs, context, batch, both
 * precisions, the three optimisations showing the device's default, the speculative draft's cycle,
 * the time model's achieved bandwidth and FLOPs shares, copy link and help.
 */
public final class ControlPanel {
    /** Where the panel is built: the wide layout's dock, or the phone's "More" overlay (which adds the speed figures). */
    public enum Place {
        DOCK,
        MORE
    }

    /** How links write an optional technique that is off. */
    private static final String NONE = "none";

    private final UiSkin skin;
    private final ActionSink sink;
    private TextButton play;
    private TextButton speed;
    private TextButton model;
    private TextButton device;
    private TextButton gpus;
    /** The GPU count's caption: "GPUs", or "Chips" and "Wafers" on those devices. */
    private Label gpusCaption;
    private TextButton context;
    private TextButton batch;
    private TextButton weightPrecision;
    private TextButton kvPrecision;
    private TextButton batching;
    private TextButton paging;
    private TextButton flash;
    private TextButton draft;
    private TextButton bandwidth;
    private TextButton compute;
    private TextButton prefix;
    private TextButton offload;
    private TextButton eviction;
    /** The scrolling pane the panel was last built into, whose position the next build keeps. */
    ScrollPane pane;
    private final ButtonTextFit fit = new ButtonTextFit();
    /** Room for a stepper's value inside its button (px), set by {@link #build}. */
    private float valueTextWidth = 1f;
    private SimSettings shown;
    private boolean shownPlaying;
    /** The speed figures at the top of the "More" overlay; null when built in the dock. */
    private Label serving;
    private final PerformancePanel performance = new PerformancePanel();
    private final StringBuilder servingText = new StringBuilder(256);

    public ControlPanel(UiSkin skin, ActionSink sink) {
        this.skin = skin;
        this.sink = sink;
    }

    /** Fills {@code table} with the whole panel, {@code width} pixels wide; in the "More" overlay the speed figures first. */
    public void build(Table table, float width, Place place) {
        shown = null;
        serving = null;
        if (place == Place.MORE) {
            // Phones have no room for the performance panel under the scene: it heads the full panel.
            serving = new Label("", skin.small);
            serving.setName("serving");
            serving.setWrap(true);
            table.add(serving).width(width).left().padBottom(skin.pad(4)).row();
        }
        float gap = skin.pad(4);
        // Rows are at least a fingertip tall on phones and a comfortable click elsewhere.
        float rowH = Math.max(skin.pad(30), skin.touchTarget);
        float arrowW = Math.max(rowH, width * 0.17f);
        float valueW = Math.max(10f, width - 2 * arrowW - 2 * gap);
        valueTextWidth = Math.max(1f, valueW - 2 * skin.pad(4));
        table.defaults().space(gap);
        play = button("play", "\u25b6 Play", Action.PLAY_PAUSE);
        Table top = new Table();
        top.defaults().space(gap).height(rowH);
        // Step and Reset share the rest evenly and never go under a fingertip on touch screens.
        float stepW = Math.max(skin.touchTarget, (width - valueW * 0.5f - arrowW - 2 * gap) / 2f);
        top.add(play).width(Math.max(skin.touchTarget, width - 2 * (stepW + gap)));
        top.add(button("step", "Step", Action.SINGLE_STEP)).width(stepW);
        top.add(button("reset", "Reset", Action.RESET)).width(stepW);
        table.add(top).width(width).row();
        speed = stepper(table, "speed", "Speed", Action.SPEED_DOWN, Action.SPEED_UP, Action.SPEED_UP, arrowW, valueW, rowH);
        model = stepper(table, "model", "Model (T: find)", Action.PREVIOUS_MODEL, Action.MODEL_LIST, Action.NEXT_MODEL,
                arrowW, valueW, rowH);
        device = stepper(table, "device", "Device", Action.PREVIOUS_DEVICE, Action.NEXT_DEVICE, Action.NEXT_DEVICE,
                arrowW, valueW, rowH);
        gpusCaption = new Label(DeviceUnit.GPU.heading(), skin.small);
        gpus = stepper(table, "gpus", gpusCaption, Action.PREVIOUS_GPU_COUNT, Action.NEXT_GPU_COUNT, Action.NEXT_GPU_COUNT,
                arrowW, valueW, rowH);
        context = stepper(table, "context", "Context", Action.PREVIOUS_CONTEXT, Action.NEXT_CONTEXT, Action.NEXT_CONTEXT,
                arrowW, valueW, rowH);
        batch = stepper(table, "batch", "Batch", Action.BATCH_DOWN, Action.BATCH_UP, Action.BATCH_UP, arrowW, valueW, rowH);
        weightPrecision = stepper(table, "precision", "Weight precision", Action.PREVIOUS_WEIGHT_PRECISION,
                Action.NEXT_WEIGHT_PRECISION, Action.NEXT_WEIGHT_PRECISION, arrowW, valueW, rowH);
        kvPrecision = stepper(table, "kv", "KV precision", Action.PREVIOUS_KV_PRECISION, Action.NEXT_KV_PRECISION,
                Action.NEXT_KV_PRECISION, arrowW, valueW, rowH);
        batching = toggle(table, "cb", Action.TOGGLE_BATCHING, width, rowH);
        paging = toggle(table, "pa", Action.TOGGLE_PAGING, width, rowH);
        flash = toggle(table, "fa", Action.TOGGLE_FLASH, width, rowH);
        prefix = toggle(table, "prefix", Action.NEXT_PREFIX, width, rowH);
        offload = toggle(table, "offload", Action.CYCLE_OFFLOAD, width, rowH);
        draft = toggle(table, "draft", Action.NEXT_DRAFT, width, rowH);
        bandwidth = stepper(table, "bw", "Achieved bandwidth", Action.BW_EFFICIENCY_DOWN,
                Action.BW_EFFICIENCY_UP, Action.BW_EFFICIENCY_UP, arrowW, valueW, rowH);
        compute = stepper(table, "flops", "Achieved FLOPs", Action.FLOPS_EFFICIENCY_DOWN,
                Action.FLOPS_EFFICIENCY_UP, Action.FLOPS_EFFICIENCY_UP, arrowW, valueW, rowH);
        // Last of the techniques: the time model's steppers above stay where a 1600x1000 dock shows them.
        eviction = toggle(table, "evict", Action.NEXT_EVICTION, width, rowH);
        table.add(button("view", "Die / cluster view (V)", Action.TOGGLE_CLUSTER)).width(width).height(rowH).row();
    }

    /**
     * Copy link and Help in {@code footer}, {@code width} wide: the frame pins it under the scrolling
     * part, so they stay in view however many toggles the panel holds and however short the window.
     */
    public void buildFooter(Table footer, float width) {
        float gap = skin.pad(4);
        float rowH = Math.max(skin.pad(30), skin.touchTarget);
        footer.defaults().space(gap).height(rowH).expandX().fillX();
        footer.add(button("copyLink", "Copy link", Action.COPY_LINK)).width((width - gap) / 2f);
        footer.add(button("help", "Help", Action.HELP)).width((width - gap) / 2f);
    }

    /** A caption, then back / value / forward buttons named {@code id}.back, .value and .forward. */
    private TextButton stepper(Table table, String id, String caption, Action back, Action middle, Action forward,
            float arrowW, float valueW, float rowH) {
        return stepper(table, id, new Label(caption, skin.small), back, middle, forward, arrowW, valueW, rowH);
    }

    private TextButton stepper(Table table, String id, Label caption, Action back, Action middle, Action forward,
            float arrowW, float valueW, float rowH) {
        table.add(caption).left().padBottom(-skin.pad(2)).row();
        Table row = new Table();
        row.defaults().space(skin.pad(4)).height(rowH);
        row.add(button(id + ".back", "\u2190", back)).width(arrowW);
        TextButton value = button(id + ".value", "", middle);
        row.add(value).width(valueW);
        row.add(button(id + ".forward", "\u2192", forward)).width(arrowW);
        table.add(row).left().row();
        return value;
    }

    private TextButton toggle(Table table, String id, Action action, float width, float rowH) {
        TextButton b = new TextButton("", skin.toggle);
        b.setName(id);
        b.getLabel().setWrap(true);
        b.setProgrammaticChangeEvents(false);
        b.addListener(perform(action));
        // Two lines of small text fit 1.25 rows.
        table.add(b).width(width).minHeight(rowH * 1.25f).row();
        return b;
    }

    private TextButton button(String id, String text, Action action) {
        TextButton b = new TextButton(text, skin.button);
        b.setName(id);
        b.addListener(perform(action));
        return b;
    }

    private ChangeListener perform(final Action action) {
        return new ChangeListener() {
            @Override
            public void changed(ChangeEvent event, Actor actor) {
                sink.perform(action);
            }
        };
    }

    /** Updates the labels when the settings or the play state changed, and the speed figures while they show. */
    public void refresh(HostView host) {
        if (serving != null && serving.getStage() != null) {
            performance.compose(host);
            servingText.setLength(0);
            serving.setText(performance.summary(servingText, host));
        }
        SimSettings s = host.simulation().settings();
        boolean playing = host.isPlaying();
        if (play == null || (s == shown && playing == shownPlaying)) {
            return;
        }
        shown = s;
        shownPlaying = playing;
        play.setText(playing ? "Pause" : "\u25b6 Play");
        value(speed, Quantities.speed(s.speed()));
        value(model, host.model().name());
        value(device, host.device().name());
        gpusCaption.setText(host.device().unit().heading());
        value(gpus, s.gpuCount().isAuto() ? "auto" : Quantities.grouped(s.gpuCount().fixedCount()));
        value(context, Quantities.tokens(s.contextTokens()));
        value(batch, Quantities.grouped(s.batch()));
        value(weightPrecision, s.weightPrecision().displayName());
        value(kvPrecision, s.kvPrecision().displayName());
        setToggle(batching, "Continuous batching", s.batching() == BatchingMode.CONTINUOUS,
                DeviceDefaults.batching(host.device()) == BatchingMode.CONTINUOUS);
        setToggle(paging, "Paging (vLLM)", s.paging() == PagingMode.PAGED,
                DeviceDefaults.paging(host.device()) == PagingMode.PAGED);
        setToggle(flash, "FlashAttention", s.flash() == FlashMode.FLASH,
                DeviceDefaults.flash(host.device()) == FlashMode.FLASH);
        prefix.setChecked(s.prefix() != PrefixWorkload.NONE);
        prefix.setText(cycleText("Prefix caching", s.prefix().linkName(), s.prefix().next().linkName()));
        offload.setChecked(s.offload().isOn());
        eviction.setChecked(s.eviction().kind() != Eviction.Kind.NONE);
        // While on, the policy alone: with the next one beside it the line wrapped to three in the dock.
        eviction.setText(cycleText("KV eviction", s.eviction().toString(),
                s.eviction().kind() == Eviction.Kind.NONE ? s.eviction().next().toString() : null));
        offload.setText(offloadText(host));
        setDraft(host, s.speculation());
        TimingSettings timing = EngineSpecProvider.timing(s);
        value(bandwidth, Quantities.percent(timing.bwEfficiency()) + " of peak");
        value(compute, Quantities.percent(timing.flopsEfficiency()) + " of peak");
    }

    /**
     * The draft cycle's button: the draft, its length and the tokens a target step yields, or off
     * (saying so when the model has no draft to cycle to).
     */
    private void setDraft(HostView host, Speculation s) {
        draft.setChecked(s.isOn());
        StringBuilder b = new StringBuilder("Speculative decoding\n");
        if (s.isOn()) {
            b.append("\u2713 ").append(DraftChoices.label(host.catalog(), s)).append(" \u00b7 k ").append(s.draftK())
                    .append(" \u00b7 ").append(Quantities.decimal(s.tokensPerStep())).append(" tok/step");
        } else {
            b.append("\u2717 off");
            if (DraftChoices.of(host.catalog(), host.model()).size() < 2) {
                b.append(" \u00b7 no draft shares this model's tokenizer");
            }
        }
        draft.setText(b.toString());
    }

    /**
     * A cycling toggle's two lines: its name, then "✓ rag · next: agent" or "✗ off · next: chat", from
     * the choices as links write them ("none" reads "off"; a null {@code next} is left out).
     */
    private static String cycleText(String name, String now, String next) {
        String state = NONE.equals(now) ? "\u2717 off" : "\u2713 " + now;
        return name + "\n" + (next == null ? state : state + " \u00b7 next: " + (NONE.equals(next) ? "off" : next));
    }

    /** "KV offload to host / ✓ 64 GiB · PCIe 5.0 x16", or when off "✗ off · press: 64 GiB" (what a press gives). */
    private static String offloadText(HostView host) {
        SimSettings s = host.simulation().settings();
        StringBuilder b = new StringBuilder("KV offload to host\n");
        if (!s.offload().isOn()) {
            return b.append("\u2717 off \u00b7 press: ").append(Offload.nextStep(0)).append(" GiB").toString();
        }
        Quantities.bytes(b.append("\u2713 "), s.offload().bytesPerGpu());
        HostLink link = host.catalog().hostLinks().chosen(s.offload().link().word(), host.device().id());
        return (link == null ? b : b.append(" \u00b7 ").append(link.name())).toString();
    }

    /** A stepper's value, whole when it fits its button, else smaller or cut at a word boundary. */
    private void value(TextButton button, String text) {
        fit.apply(button, text, skin, valueTextWidth);
    }

    private static void setToggle(TextButton b, String name, boolean on, boolean byDefault) {
        b.setChecked(on);
        b.setText(name + "\n" + (on ? "\u2713 on" : "\u2717 off") + " \u00b7 device default " + (byDefault ? "on" : "off"));
    }
}
