package dev.kvcache.ui;

import com.badlogic.gdx.scenes.scene2d.ui.Label;
import com.badlogic.gdx.scenes.scene2d.ui.Table;
import dev.kvcache.app.NoticeSink;
import java.util.ArrayList;
import java.util.List;

/** Shows the last few notices (ignored input, clamped values, a copied link) for a few seconds each. */
public final class NoticeBar implements NoticeSink {
    /** Seconds a notice stays on screen. */
    static final float SHOW_SECONDS = 5f;
    static final int SHOWN = 3;
    /** Notices kept for {@code window.kvcache.state()} and the console. */
    static final int KEPT = 20;

    private final List<String> recent = new ArrayList<String>();
    private final List<Float> ages = new ArrayList<Float>();
    private Label label;
    private boolean changed;

    @Override
    public void notice(String message) {
        if (message == null || message.isEmpty()) {
            return;
        }
        recent.add(message);
        ages.add(0f);
        if (recent.size() > KEPT) {
            recent.remove(0);
            ages.remove(0);
        }
        changed = true;
    }

    /** Puts the label into {@code root}, at the top of the given area. */
    public void build(Table root, UiSkin skin) {
        label = new Label("", skin.body);
        label.setWrap(true);
        Table box = new Table();
        box.setBackground(skin.panel);
        box.add(label).grow().pad(skin.pad(6));
        root.add(box).growX().top();
        changed = true;
    }

    public void update(float delta) {
        for (int i = 0; i < ages.size(); i++) {
            float age = ages.get(i);
            if (age < SHOW_SECONDS && age + delta >= SHOW_SECONDS) {
                changed = true;
            }
            ages.set(i, age + delta);
        }
        if (!changed || label == null) {
            return;
        }
        changed = false;
        StringBuilder b = new StringBuilder();
        int shown = 0;
        for (int i = recent.size() - 1; i >= 0 && shown < SHOWN; i--) {
            if (ages.get(i) < SHOW_SECONDS) {
                b.insert(0, b.length() == 0 ? recent.get(i) : recent.get(i) + "\n");
                shown++;
            }
        }
        label.setText(b);
        label.getParent().setVisible(shown > 0);
    }

    /** The notices kept, oldest first. */
    public List<String> recent() {
        return recent;
    }
}
