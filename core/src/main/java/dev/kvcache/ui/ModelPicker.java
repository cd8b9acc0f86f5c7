package dev.kvcache.ui;

import com.badlogic.gdx.scenes.scene2d.Actor;
import com.badlogic.gdx.scenes.scene2d.Stage;
import com.badlogic.gdx.scenes.scene2d.ui.Label;
import com.badlogic.gdx.scenes.scene2d.ui.List;
import com.badlogic.gdx.scenes.scene2d.ui.ScrollPane;
import com.badlogic.gdx.scenes.scene2d.ui.Table;
import com.badlogic.gdx.scenes.scene2d.ui.TextField;
import com.badlogic.gdx.scenes.scene2d.utils.ChangeListener;
import com.badlogic.gdx.utils.Array;
import dev.kvcache.catalog.Catalog;
import dev.kvcache.catalog.ModelSpec;
import dev.kvcache.host.CommandQueue;
import dev.kvcache.input.Action;
import dev.kvcache.input.ActionSink;

/** The searchable model list: type to filter by name or id, pick with a click or Enter. */
public final class ModelPicker {
    private final Catalog catalog;
    private final CommandQueue handler;
    private final ActionSink overlays;
    private final Array<String> names = new Array<String>();
    private final Array<String> ids = new Array<String>();

    public ModelPicker(Catalog catalog, CommandQueue handler, ActionSink overlays) {
        this.catalog = catalog;
        this.handler = handler;
        this.overlays = overlays;
    }

    public void build(Table root, UiSkin skin, Stage stage, float width, float height) {
        final TextField filter = new TextField("", skin.field);
        filter.setMessageText("type to filter");
        final List<String> list = new List<String>(skin.list);
        refill(list, "");
        filter.setTextFieldFilter(new TextField.TextFieldFilter() {
            @Override
            public boolean acceptChar(TextField field, char c) {
                return c != '`';
            }
        });
        filter.setTextFieldListener(new TextField.TextFieldListener() {
            @Override
            public void keyTyped(TextField field, char c) {
                if ((c == '\r' || c == '\n') && ids.size > 0) {
                    choose(Math.max(0, list.getSelectedIndex()));
                } else {
                    refill(list, field.getText());
                }
            }
        });
        list.addListener(new ChangeListener() {
            @Override
            public void changed(ChangeEvent event, Actor actor) {
                if (list.getSelectedIndex() >= 0) {
                    choose(list.getSelectedIndex());
                }
            }
        });
        ScrollPane scroll = new ScrollPane(list, skin.scroll);
        scroll.setFadeScrollBars(false);
        Table box = new Table();
        box.setBackground(skin.panel);
        box.pad(skin.pad(12));
        box.defaults().space(skin.pad(6)).growX();
        box.add(new Label("Models (Enter picks, Esc closes)", skin.heading)).row();
        box.add(filter).height(Math.max(28f, skin.pad(30))).row();
        box.add(scroll).height(Math.max(60f, height * 0.6f)).row();
        root.add(box).width(Math.min(width * 0.95f, Math.max(260f, 480f * skin.scale)));
        stage.setKeyboardFocus(filter);
    }

    private void refill(List<String> list, String text) {
        String needle = text.trim().toLowerCase();
        names.clear();
        ids.clear();
        for (ModelSpec m : catalog.models().all()) {
            if (needle.isEmpty() || m.name().toLowerCase().contains(needle) || m.id().contains(needle)) {
                names.add(m.name());
                ids.add(m.id());
            }
        }
        list.setItems(names);
        list.setSelectedIndex(names.size > 0 ? 0 : -1);
    }

    private void choose(int index) {
        if (index < ids.size) {
            handler.submit("model = " + ids.get(index));
            overlays.perform(Action.CLOSE_OVERLAY);
        }
    }
}
