package dev.kvcache.ui;

import com.badlogic.gdx.scenes.scene2d.InputEvent;
import com.badlogic.gdx.scenes.scene2d.Touchable;
import com.badlogic.gdx.scenes.scene2d.ui.Label;
import com.badlogic.gdx.scenes.scene2d.ui.Table;
import com.badlogic.gdx.scenes.scene2d.utils.ClickListener;
import dev.kvcache.host.NoticeSink;
import dev.kvcache.input.Action;
import dev.kvcache.input.ActionSink;
import java.util.List;

/**
 * Shows the newest notices (ignored input, clamped values, a copied link) for a few seconds each,
 * at most {@link #SHOWN} at once and a "+N more" line for the rest, which opens the full list.
 * Notices reach the label already wrapped into short lines ({@link TextWrap}).
 */
public final class NoticeBar implements NoticeSink {
    static final int SHOWN = 3;
    /** Characters per line and lines per notice handed to the label. */
    static final int LINE_CHARS = 100;
    static final int LINES_PER_NOTICE = 4;

    private final NoticeLog log = new NoticeLog();
    private final StringBuilder text = new StringBuilder();
    private Table box;
    private Label label;
    private Label more;
    private String listKeys = "";
    private float pad;
    private boolean changed;

    @Override
    public void notice(String message) {
        log.add(message);
        changed = true;
    }

    /**
     * Puts the bar into {@code root}; a click on its "+N more" line asks {@code actions} for the
     * list, which the keys {@code listKeys} also open.
     */
    public void build(Table root, UiSkin skin, final ActionSink actions, String listKeys) {
        this.listKeys = listKeys;
        pad = skin.pad(6);
        label = new Label("", skin.body);
        label.setWrap(true);
        label.setTouchable(Touchable.disabled);
        more = new Label("", skin.small);
        more.addListener(new ClickListener() {
            @Override
            public void clicked(InputEvent event, float x, float y) {
                actions.perform(Action.NOTICES);
            }
        });
        box = new Table();
        box.setBackground(skin.panel);
        box.setTouchable(Touchable.childrenOnly);
        root.add(box).growX().top();
        changed = true;
    }

    public void update(float delta) {
        if (log.advance(delta)) {
            changed = true;
        }
        if (!changed || label == null) {
            return;
        }
        changed = false;
        text.setLength(0);
        List<String> shown = log.freshest(SHOWN);
        for (String notice : shown) {
            text.append(text.length() == 0 ? "" : "\n").append(TextWrap.fit(notice, LINE_CHARS, LINES_PER_NOTICE));
        }
        label.setText(text);
        int hidden = log.freshBeyond(SHOWN);
        // Rebuilt rather than hidden: an invisible row would still take its height in the table.
        box.clearChildren();
        box.add(label).growX().pad(pad);
        if (hidden > 0) {
            more.setText("+" + hidden + " more  (" + listKeys + " or click: all notices)");
            box.row();
            box.add(more).left().padLeft(pad).padBottom(pad);
        }
        box.setVisible(!shown.isEmpty());
    }

    /** The notices kept, oldest first (the last {@link NoticeLog#KEPT}). */
    public List<String> recent() {
        return log.all();
    }

    /** The whole log, for the list overlay. */
    public NoticeLog log() {
        return log;
    }
}
