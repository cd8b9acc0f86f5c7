package dev.kvcache.ui;

import com.badlogic.gdx.Input.Keys;
import com.badlogic.gdx.math.Vector2;
import com.badlogic.gdx.scenes.scene2d.Actor;
import com.badlogic.gdx.scenes.scene2d.InputEvent;
import com.badlogic.gdx.scenes.scene2d.InputListener;
import com.badlogic.gdx.scenes.scene2d.Stage;
import com.badlogic.gdx.scenes.scene2d.Touchable;
import com.badlogic.gdx.scenes.scene2d.ui.Container;
import com.badlogic.gdx.scenes.scene2d.ui.Label;
import com.badlogic.gdx.scenes.scene2d.ui.ScrollPane;
import com.badlogic.gdx.scenes.scene2d.ui.Table;
import com.badlogic.gdx.scenes.scene2d.ui.TextButton;
import com.badlogic.gdx.scenes.scene2d.ui.TextField;
import com.badlogic.gdx.scenes.scene2d.utils.ChangeListener;
import com.badlogic.gdx.scenes.scene2d.utils.ClickListener;
import com.badlogic.gdx.scenes.scene2d.utils.Drawable;
import com.badlogic.gdx.utils.Align;
import dev.kvcache.catalog.Catalog;
import dev.kvcache.catalog.ModelSearch;
import dev.kvcache.catalog.ModelSpec;
import dev.kvcache.host.CommandQueue;
import dev.kvcache.host.TextEntry;
import dev.kvcache.input.Action;
import dev.kvcache.scenario.ShortText;
import java.util.ArrayList;
import java.util.List;

/**
 * The model search (key T, or a click on the model's name): typing filters the list by any part of
 * a model's id, name or alias and highlights the best match; Up and Down move the highlight, Enter
 * or a click (a tap) picks, Esc or Close closes. Each model's row is laid out once per opening;
 * typing only re-orders rows.
 */
public final class ModelPicker {

    private final CommandQueue handler;
    private final ModelSearch search;
    private final List<ModelSpec> models;
    private final List<ModelSpec> shown = new ArrayList<ModelSpec>();
    private final List<Container<Label>> rows = new ArrayList<Container<Label>>();
    /** What was typed; kept when the stage is laid out again while the search is open. */
    private String typed = "";
    private Table list;
    private ScrollPane scroll;
    private Label count;
    private Drawable highlight;
    private float rowHeight;
    /** Index in {@link #shown} of the row Enter picks, and that row (null when nothing matches). */
    private int highlighted;
    private Container<Label> lit;

    /** The platform's native box over the search field, for touch screens' keyboards. */
    private final TextEntry entry;
    private final TextEntry.Listener entryListener = new TextEntry.Listener() {
        @Override
        public void changed(String text) {
            typed = text;
            if (field != null) {
                field.setText(text);
                field.setCursorPosition(text.length());
            }
            refill();
        }

        @Override
        public void submitted() {
            if (highlighted < shown.size()) {
                choose(shown.get(highlighted));
            }
        }

        @Override
        public void cancelled() {
            handler.perform(Action.CLOSE_OVERLAY);
        }
    };
    private final Vector2 corner = new Vector2();
    /** The search field while the search is open, else null. */
    private TextField field;

    public ModelPicker(Catalog catalog, CommandQueue handler, TextEntry entry) {
        this.handler = handler;
        this.entry = entry;
        this.search = new ModelSearch(catalog.models());
        this.models = catalog.models().all();
    }

    public void build(Table root, UiSkin skin, Stage stage, float width, float height) {
        highlight = skin.fill(UiSkin.BUTTON_ON);
        // A row is a touch target: at least the skin's target size (44 CSS px on phones, at any density).
        rowHeight = Math.max(skin.touchTarget, skin.body.font.getLineHeight() + skin.pad(12));
        rows.clear();
        lit = null;
        for (ModelSpec model : models) {
            rows.add(row(model, skin));
        }
        final TextField filter = new TextField(typed, skin.field);
        filter.setMessageText("type part of a name");
        filter.setCursorPosition(typed.length());
        filter.addListener(new ChangeListener() {
            @Override
            public void changed(ChangeEvent event, Actor actor) {
                typed = filter.getText();
                refill();
            }
        });
        filter.setTextFieldListener(new TextField.TextFieldListener() {
            @Override
            public void keyTyped(TextField field, char c) {
                if ((c == '\r' || c == '\n') && highlighted < shown.size()) {
                    choose(shown.get(highlighted));
                }
            }
        });
        filter.addListener(new InputListener() {
            @Override
            public boolean keyDown(InputEvent event, int keycode) {
                if (keycode == Keys.DOWN || keycode == Keys.UP) {
                    highlight(highlighted + (keycode == Keys.DOWN ? 1 : -1));
                    return true;
                }
                return false;
            }
        });
        TextButton close = new TextButton("Close", skin.button);
        close.addListener(new ClickListener() {
            @Override
            public void clicked(InputEvent event, float x, float y) {
                handler.perform(Action.CLOSE_OVERLAY);
            }
        });
        count = new Label("", skin.small);
        count.setWrap(true);
        list = new Table();
        list.top();
        scroll = new ScrollPane(list, skin.scroll);
        scroll.setFadeScrollBars(false);
        scroll.setScrollingDisabled(true, false);
        Table head = new Table();
        head.add(new Label("Find a model", skin.heading)).expandX().left();
        head.add(close).height(rowHeight).minWidth(rowHeight * 1.6f);
        Table box = new Table();
        // Opaque: the panels' text under a translucent list reads as part of it.
        box.setBackground(skin.fill(UiSkin.PANEL_OPAQUE));
        box.pad(skin.pad(12));
        box.defaults().space(skin.pad(6)).growX();
        box.add(head).row();
        box.add(filter).height(Math.max(28f, skin.pad(30))).row();
        box.add(count).row();
        // As tall as the matches, up to most of the window; anchored at the top, so the field
        // stays put while typing shortens the list.
        box.add(scroll).minHeight(rowHeight).maxHeight(Math.max(rowHeight * 2f, height * 0.6f)).row();
        root.top();
        root.add(box).width(Math.min(width * 0.95f, Math.max(260f, 480f * skin.scale))).padTop(height * 0.1f);
        refill();
        stage.setKeyboardFocus(filter);
        stage.setScrollFocus(scroll);
        field = filter;
    }

    /** Keeps the platform's native box over the search field (it moves when the stage is laid out again). */
    public void update() {
        if (field == null || field.getStage() == null) {
            return;
        }
        corner.set(0f, field.getHeight());
        field.localToStageCoordinates(corner);
        entry.show(corner.x, field.getStage().getHeight() - corner.y, field.getWidth(), field.getHeight(), typed,
                entryListener);
    }

    /** Forgets what was typed and removes the native box: the next opening starts with every model. */
    public void forget() {
        typed = "";
        field = null;
        entry.hide();
    }

    private Container<Label> row(final ModelSpec model, UiSkin skin) {
        Label name = new Label(model.name(), skin.body);
        name.setEllipsis(true);
        Container<Label> row = new Container<Label>(name);
        row.fill().align(Align.left).padLeft(skin.pad(8)).padRight(skin.pad(8));
        row.setTouchable(Touchable.enabled);
        row.addListener(new ClickListener() {
            @Override
            public void clicked(InputEvent event, float x, float y) {
                choose(model);
            }
        });
        return row;
    }

    private void refill() {
        shown.clear();
        shown.addAll(search.matches(typed));
        list.clearChildren();
        for (ModelSpec model : shown) {
            list.add(rows.get(models.indexOf(model))).height(rowHeight).growX().row();
        }
        count.setText(shown.isEmpty() ? "no model matches " + ShortText.quoted(typed.trim())
                : (shown.size() == models.size() ? models.size() + " models"
                : shown.size() + " of " + models.size() + " models") + " \u00b7 Enter or a click picks, Esc closes");
        highlight(0);
    }

    /** Moves the highlight to {@code index} in the list (clamped) and scrolls it into view. */
    private void highlight(int index) {
        if (lit != null) {
            lit.setBackground(null, false);
            lit = null;
        }
        if (shown.isEmpty()) {
            highlighted = 0;
            return;
        }
        highlighted = Math.max(0, Math.min(shown.size() - 1, index));
        lit = rows.get(models.indexOf(shown.get(highlighted)));
        lit.setBackground(highlight, false);
        scroll.layout();
        scroll.scrollTo(0, lit.getY(), lit.getWidth(), lit.getHeight());
    }

    private void choose(ModelSpec model) {
        handler.submit("model = " + model.id());
        handler.perform(Action.CLOSE_OVERLAY);
    }
}
