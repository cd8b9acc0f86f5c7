package dev.kvcache.ui;

import com.badlogic.gdx.Gdx;
import com.badlogic.gdx.graphics.Cursor.SystemCursor;
import com.badlogic.gdx.math.Rectangle;
import com.badlogic.gdx.scenes.scene2d.Actor;
import com.badlogic.gdx.scenes.scene2d.InputEvent;
import com.badlogic.gdx.scenes.scene2d.Stage;
import com.badlogic.gdx.scenes.scene2d.utils.ClickListener;
import com.badlogic.gdx.utils.Array;
import dev.kvcache.catalog.PaperReference;
import dev.kvcache.host.HostView;
import dev.kvcache.host.NoticeSink;
import dev.kvcache.host.PlatformServices;
import dev.kvcache.render.ScreenLayout;

/**
 * The paper references as links. An invisible click target lies over each reference the panel drew
 * (placed every frame, under every other widget, like the budget bar's); a click or tap opens the
 * paper at once, inside the input event, where a browser lets a page open a tab. On the keyboard,
 * one key focuses the next reference and another opens the focused one (the first if none).
 */
public final class PaperLinks implements StageWidget {
    private final PapersPanel papers;
    private final HostView host;
    private final PlatformServices platform;
    private final NoticeSink notices;
    private final String openKeys;
    private final Actor[] targets = new Actor[PapersPanel.MAX];
    private boolean handCursor;

    /** {@code openKeys} names the keys that open the focused reference ("Shift+O"), for the focus notice. */
    public PaperLinks(PapersPanel papers, HostView host, PlatformServices platform, NoticeSink notices,
            String openKeys) {
        this.papers = papers;
        this.host = host;
        this.platform = platform;
        this.notices = notices;
        this.openKeys = openKeys;
        for (int i = 0; i < targets.length; i++) {
            targets[i] = target(i);
        }
    }

    private Actor target(final int index) {
        Actor target = new Actor();
        target.addListener(new ClickListener() {
            @Override
            public void clicked(InputEvent event, float x, float y) {
                if (index < papers.drawnCount()) {
                    open(papers.drawnPaper(index));
                }
            }

            @Override
            public void enter(InputEvent event, float x, float y, int pointer, Actor fromActor) {
                super.enter(event, x, y, pointer, fromActor);
                if (pointer == -1 && index < papers.drawnCount()) {
                    papers.hover(papers.drawnPaper(index));
                    cursor(true);
                }
            }

            @Override
            public void exit(InputEvent event, float x, float y, int pointer, Actor toActor) {
                super.exit(event, x, y, pointer, toActor);
                if (pointer == -1) {
                    papers.hover(null);
                    cursor(false);
                }
            }
        });
        return target;
    }

    @Override
    public void build(Stage stage, UiSkin skin, ScreenLayout screen) {
        // A rebuild drops the targets without exit events: forget the hover it would have ended.
        papers.hover(null);
        cursor(false);
        for (Actor target : targets) {
            stage.addActor(target);
            target.toBack();
        }
    }

    @Override
    public void update(float delta) {
        // Placed by the app where the panel drew the references; nothing follows the host.
    }

    /**
     * Moves the targets over the references drawn this frame; the rest shrink to nothing and hide,
     * so nothing lists or hits a target that is not on screen.
     */
    public void place() {
        for (int i = 0; i < targets.length; i++) {
            Actor target = targets[i];
            target.setVisible(i < papers.drawnCount());
            if (i < papers.drawnCount()) {
                Rectangle area = papers.drawnArea(i);
                if (target.getX() != area.x || target.getY() != area.y || target.getWidth() != area.width
                        || target.getHeight() != area.height) {
                    target.setBounds(area.x, area.y, area.width, area.height);
                }
            } else if (target.getWidth() != 0f || target.getHeight() != 0f) {
                target.setBounds(0f, 0f, 0f, 0f);
            }
        }
    }

    /** Focuses the reference after the focused one (the first after the last) and names it in a notice. */
    public void focusNext() {
        Array<PaperReference> list = current();
        if (list.size == 0) {
            notices.notice("no paper references for this scenario");
            return;
        }
        int next = (list.indexOf(papers.focused(), true) + 1) % list.size;
        PaperReference paper = list.get(next);
        papers.focus(paper);
        notices.notice("paper " + (next + 1) + " of " + list.size + ": " + paper.text() + " (" + openKeys
                + " opens it)");
    }

    /** Opens the focused reference, or the first when none of those listed now is focused. */
    public void openFocused() {
        Array<PaperReference> list = current();
        if (list.size == 0) {
            notices.notice("no paper references for this scenario");
            return;
        }
        PaperReference paper = list.contains(papers.focused(), true) ? papers.focused() : list.first();
        papers.focus(paper);
        open(paper);
    }

    private Array<PaperReference> current() {
        return papers.papersFor(host.simulation().settings(), host.model().attention().attentionKind());
    }

    private void open(PaperReference paper) {
        platform.openLink(paper.url(), notices);
    }

    private void cursor(boolean hand) {
        if (hand != handCursor && Gdx.graphics != null) {
            Gdx.graphics.setSystemCursor(hand ? SystemCursor.Hand : SystemCursor.Arrow);
        }
        handCursor = hand;
    }
}
