package dev.kvcache.ui;

import com.badlogic.gdx.scenes.scene2d.Stage;
import com.badlogic.gdx.scenes.scene2d.ui.Label;
import com.badlogic.gdx.scenes.scene2d.ui.Table;
import com.badlogic.gdx.scenes.scene2d.ui.TextField;
import dev.kvcache.host.CommandQueue;
import java.util.List;

/**
 * The console (key `): one line of input run through the app's console commands
 * ({@code currentTokens = 1000000}, {@code flashAttention = false}, {@code model = llama-70b}, {@code help}),
 * with the latest replies above it.
 */
public final class ConsoleOverlay {
    static final int LINES = 8;

    private final CommandQueue handler;
    private Label replies;
    /** {@link NoticeLog#added()} when the replies were last laid out. */
    private long shown = -1;

    public ConsoleOverlay(CommandQueue handler) {
        this.handler = handler;
    }

    public void build(Table root, UiSkin skin, Stage stage, float width) {
        final TextField input = new TextField("", skin.field);
        input.setTextFieldListener(new TextField.TextFieldListener() {
            @Override
            public void keyTyped(TextField field, char c) {
                if ((c == '\r' || c == '\n') && !field.getText().trim().isEmpty()) {
                    handler.submit(field.getText().trim());
                    field.setText("");
                }
            }
        });
        replies = new Label("", skin.body);
        replies.setWrap(true);
        // The field's own hint shows only while it is not focused, that is never: say it above.
        Label hint = new Label("Enter runs a line \u00b7 help lists the commands \u00b7 Esc or ` closes", skin.small);
        hint.setWrap(true);
        Table head = new Table();
        head.add(new Label("Console", skin.heading)).left().top();
        head.add(hint).growX().padLeft(skin.pad(12));
        Table box = new Table();
        // Opaque: the panels' text under translucent replies reads as part of them.
        box.setBackground(skin.fill(UiSkin.PANEL_OPAQUE));
        box.pad(skin.pad(10));
        box.defaults().growX().space(skin.pad(4));
        box.add(head).row();
        box.add(replies).row();
        box.add(input).height(Math.max(28f, skin.pad(30))).row();
        root.add(box).width(width * 0.96f).expand().bottom().padBottom(skin.pad(8));
        stage.setKeyboardFocus(input);
    }

    /** Shows the latest replies in {@code log}, re-laid out only when a notice came. */
    public void update(NoticeLog log) {
        if (replies == null || log.added() == shown) {
            return;
        }
        shown = log.added();
        List<String> notices = log.all();
        StringBuilder b = new StringBuilder();
        for (int i = Math.max(0, notices.size() - LINES); i < notices.size(); i++) {
            b.append(b.length() == 0 ? "" : "\n")
                    .append(TextWrap.fit(notices.get(i), NoticeBar.LINE_CHARS, NoticeBar.LINES_PER_NOTICE));
        }
        replies.setText(b);
    }

    public void forget() {
        replies = null;
        shown = -1;
    }
}
