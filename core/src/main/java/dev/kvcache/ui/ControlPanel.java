package dev.kvcache.ui;

import com.badlogic.gdx.scenes.scene2d.Actor;
import com.badlogic.gdx.scenes.scene2d.ui.Label;
import com.badlogic.gdx.scenes.scene2d.ui.Table;
import com.badlogic.gdx.scenes.scene2d.ui.TextButton;
import com.badlogic.gdx.scenes.scene2d.utils.ChangeListener;
import dev.kvcache.host.HostView;
import dev.kvcache.input.Action;
import dev.kvcache.input.ActionSink;
import dev.kvcache.scenario.DeviceDefaults;
import dev.kvcache.sim.BatchingMode;
import dev.kvcache.sim.FlashMode;
import dev.kvcache.sim.PagingMode;
import dev.kvcache.sim.SimSettings;
import dev.kvcache.units.Quantities;

/**
 * Every setting as buttons that perform the same {@link Action}s as the keys: play, step, reset,
 * speed, model (the name opens the searchable list), device, GPUs, context, batch, both
 * precisions, the three optimisations showing the device's default, copy link and help.
 */
public final class ControlPanel {
    private final UiSkin skin;
    private final ActionSink sink;
    private TextButton play;
    private TextButton speed;
    private TextButton model;
    private TextButton device;
    private TextButton gpus;
    private TextButton context;
    private TextButton batch;
    private TextButton weightPrecision;
    private TextButton kvPrecision;
    private TextButton batching;
    private TextButton paging;
    private TextButton flash;
    private SimSettings shown;
    private boolean shownPlaying;

    public ControlPanel(UiSkin skin, ActionSink sink) {
        this.skin = skin;
        this.sink = sink;
    }

    /** Fills {@code table} with the whole panel, {@code width} pixels wide. */
    public void build(Table table, float width) {
        shown = null;
        float gap = skin.pad(4);
        float rowH = Math.max(skin.pad(30), 28f);
        float arrowW = Math.max(rowH, width * 0.17f);
        float valueW = Math.max(10f, width - 2 * arrowW - 2 * gap);
        table.defaults().space(gap);
        play = button("\u25b6 Play", Action.PLAY_PAUSE);
        Table top = new Table();
        top.defaults().space(gap).height(rowH);
        top.add(play).width(valueW * 0.5f + arrowW);
        top.add(button("Step", Action.SINGLE_STEP)).expandX().fillX();
        top.add(button("Reset", Action.RESET)).expandX().fillX();
        table.add(top).width(width).row();
        speed = stepper(table, "Speed", Action.SPEED_DOWN, Action.SPEED_UP, Action.SPEED_UP, arrowW, valueW, rowH);
        model = stepper(table, "Model (T: find)", Action.PREVIOUS_MODEL, Action.MODEL_LIST, Action.NEXT_MODEL, arrowW, valueW, rowH);
        device = stepper(table, "Device", Action.PREVIOUS_DEVICE, Action.NEXT_DEVICE, Action.NEXT_DEVICE, arrowW, valueW, rowH);
        gpus = stepper(table, "GPUs", Action.PREVIOUS_GPU_COUNT, Action.NEXT_GPU_COUNT, Action.NEXT_GPU_COUNT, arrowW, valueW, rowH);
        context = stepper(table, "Context", Action.PREVIOUS_CONTEXT, Action.NEXT_CONTEXT, Action.NEXT_CONTEXT, arrowW, valueW, rowH);
        batch = stepper(table, "Batch", Action.BATCH_DOWN, Action.BATCH_UP, Action.BATCH_UP, arrowW, valueW, rowH);
        weightPrecision = stepper(table, "Weight precision", Action.PREVIOUS_WEIGHT_PRECISION,
                Action.NEXT_WEIGHT_PRECISION, Action.NEXT_WEIGHT_PRECISION, arrowW, valueW, rowH);
        kvPrecision = stepper(table, "KV precision", Action.PREVIOUS_KV_PRECISION, Action.NEXT_KV_PRECISION,
                Action.NEXT_KV_PRECISION, arrowW, valueW, rowH);
        batching = toggle(table, Action.TOGGLE_BATCHING, width, rowH);
        paging = toggle(table, Action.TOGGLE_PAGING, width, rowH);
        flash = toggle(table, Action.TOGGLE_FLASH, width, rowH);
        Table bottom = new Table();
        bottom.defaults().space(gap).height(rowH).expandX().fillX();
        bottom.add(button("Copy link", Action.COPY_LINK));
        bottom.add(button("Help", Action.HELP));
        table.add(bottom).width(width).padTop(gap).row();
    }

    private TextButton stepper(Table table, String caption, Action back, Action middle, Action forward,
            float arrowW, float valueW, float rowH) {
        table.add(new Label(caption, skin.small)).left().padBottom(-skin.pad(2)).row();
        Table row = new Table();
        row.defaults().space(skin.pad(4)).height(rowH);
        row.add(button("\u2190", back)).width(arrowW);
        TextButton value = button("", middle);
        value.getLabel().setEllipsis(true);
        row.add(value).width(valueW);
        row.add(button("\u2192", forward)).width(arrowW);
        table.add(row).left().row();
        return value;
    }

    private TextButton toggle(Table table, Action action, float width, float rowH) {
        TextButton b = new TextButton("", skin.toggle);
        b.getLabel().setWrap(true);
        b.setProgrammaticChangeEvents(false);
        b.addListener(perform(action));
        table.add(b).width(width).minHeight(rowH * 1.5f).row();
        return b;
    }

    private TextButton button(String text, Action action) {
        TextButton b = new TextButton(text, skin.button);
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

    /** Updates the labels when the settings or the play state changed. */
    public void refresh(HostView host) {
        SimSettings s = host.simulation().settings();
        boolean playing = host.isPlaying();
        if (play == null || (s == shown && playing == shownPlaying)) {
            return;
        }
        shown = s;
        shownPlaying = playing;
        play.setText(playing ? "Pause" : "\u25b6 Play");
        speed.setText(Quantities.speed(s.speed()));
        model.setText(host.model().name());
        device.setText(host.device().name());
        gpus.setText(s.gpuCount().isAuto() ? "auto" : Quantities.grouped(s.gpuCount().fixedCount()));
        context.setText(Quantities.tokens(s.contextTokens()));
        batch.setText(Quantities.grouped(s.batch()));
        weightPrecision.setText(s.weightPrecision().displayName());
        kvPrecision.setText(s.kvPrecision().displayName());
        setToggle(batching, "Continuous batching", s.batching() == BatchingMode.CONTINUOUS,
                DeviceDefaults.batching(host.device()) == BatchingMode.CONTINUOUS);
        setToggle(paging, "Paging (vLLM)", s.paging() == PagingMode.PAGED,
                DeviceDefaults.paging(host.device()) == PagingMode.PAGED);
        setToggle(flash, "FlashAttention", s.flash() == FlashMode.FLASH,
                DeviceDefaults.flash(host.device()) == FlashMode.FLASH);
    }

    private static void setToggle(TextButton b, String name, boolean on, boolean byDefault) {
        b.setChecked(on);
        b.setText(name + "\n" + (on ? "\u2713 on" : "\u2717 off") + " \u00b7 device default " + (byDefault ? "on" : "off"));
    }
}
