package dev.kvcache.ui;

import com.badlogic.gdx.scenes.scene2d.ui.Label;
import com.badlogic.gdx.scenes.scene2d.ui.ScrollPane;
import com.badlogic.gdx.scenes.scene2d.ui.Table;
import java.util.List;

/** Lists every kept notice, newest first, with how many older ones were dropped; Esc or its key closes it. */
public final class NoticeListOverlay {
    /** Lines per notice in the list; the list holds up to {@link NoticeLog#KEPT} of them. */
    static final int LINES_PER_NOTICE = 3;

    private NoticeListOverlay() {
    }

    /** Fills {@code root} (a full-window table) with the list, {@code width} x {@code height} at most. */
    public static void build(Table root, UiSkin skin, NoticeLog log, String keys, float width, float height) {
        Table list = new Table();
        list.pad(skin.pad(16));
        list.defaults().left().growX().padBottom(skin.pad(4));
        List<String> all = log.all();
        list.add(new Label("Notices: " + all.size() + "  (" + keys + " or Esc closes)", skin.heading)).padBottom(skin.pad(8)).row();
        if (log.dropped() > 0) {
            list.add(new Label(log.dropped() + " older notices were dropped", skin.small)).row();
        }
        float textWidth = Math.max(50f, Math.min(width * 0.9f, 900f * skin.scale + 100f) - skin.pad(40));
        for (int i = all.size() - 1; i >= 0; i--) {
            Label line = new Label(TextWrap.fit(all.get(i), NoticeBar.LINE_CHARS, LINES_PER_NOTICE), skin.body);
            line.setWrap(true);
            list.add(line).width(textWidth).row();
        }
        if (all.isEmpty()) {
            list.add(new Label("No notices yet.", skin.small)).row();
        }
        ScrollPane scroll = new ScrollPane(list, skin.scroll);
        scroll.setFadeScrollBars(false);
        scroll.setScrollingDisabled(true, false);
        Table box = new Table();
        box.setBackground(skin.panel);
        box.add(scroll).maxHeight(height * 0.92f).maxWidth(width * 0.96f);
        root.add(box);
    }
}
