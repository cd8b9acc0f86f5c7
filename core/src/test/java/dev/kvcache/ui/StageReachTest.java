package dev.kvcache.ui;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.badlogic.gdx.graphics.Color;
import com.badlogic.gdx.graphics.g2d.BitmapFont;
import com.badlogic.gdx.graphics.g2d.TextureRegion;
import com.badlogic.gdx.math.Rectangle;
import com.badlogic.gdx.math.Vector2;
import com.badlogic.gdx.scenes.scene2d.Actor;
import com.badlogic.gdx.scenes.scene2d.Group;
import com.badlogic.gdx.scenes.scene2d.ui.Label;
import com.badlogic.gdx.scenes.scene2d.ui.Table;
import com.badlogic.gdx.scenes.scene2d.utils.BaseDrawable;
import dev.kvcache.HeadlessGdx;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Whether the stage shows anything over the scene: a widget inside a bare table laid over the scene
 * does (a notice); the bare table itself, hidden widgets and widgets elsewhere do not; a table with
 * a background does wherever it lies.
 */
class StageReachTest {
    private final Rectangle scene = new Rectangle(300, 100, 900, 700);
    private final Group root = new Group();
    private final Vector2 corner = new Vector2();

    @BeforeAll
    static void gdx() {
        HeadlessGdx.start(); // Scene2D's tables read their cell defaults through Gdx.files
    }

    private static Actor widget(float x, float y, float width, float height) {
        Actor actor = new Actor();
        actor.setBounds(x, y, width, height);
        return actor;
    }

    private boolean reaches() {
        return StageReach.paintsInto(root, scene, corner);
    }

    @Test
    void aBareTableOverTheSceneShowsOnlyWhatItHolds() {
        Table notices = new Table();
        notices.setBounds(345, 100, 810, 690);
        root.addActor(notices);
        assertFalse(reaches(), "an empty notice area paints nothing");

        Actor line = widget(10, 650, 400, 30); // at the top of the area, in its coordinates
        notices.addActor(line);
        assertTrue(reaches(), "a notice over the scene");
        line.setVisible(false);
        assertFalse(reaches(), "a hidden notice");

        BitmapFont font = new BitmapFont(HeadlessGdx.smallFontData(), new TextureRegion(HeadlessGdx.smallFontPage()), false);
        Label empty = new Label("", new Label.LabelStyle(font, Color.WHITE));
        empty.setBounds(10, 600, 400, 30);
        notices.addActor(empty);
        assertFalse(reaches(), "a label without text");
        empty.setText("batch: 2000 is above 1024; kept 8");
        assertTrue(reaches(), "the same label with a notice's text");
    }

    @Test
    void widgetsBesideTheSceneDoNotReachIt() {
        root.addActor(widget(1200, 100, 200, 700)); // the control column, touching the scene's right edge
        root.addActor(widget(0, 100, 300, 700)); // the panel column, touching its left edge
        assertFalse(reaches());
    }

    @Test
    void aTableWithABackgroundPaintsItsWholeBox() {
        Table pane = new Table();
        pane.setBackground(new BaseDrawable());
        pane.setBounds(1000, 700, 400, 200);
        root.addActor(pane);
        assertTrue(reaches(), "a pane over the scene's top right corner");
    }

    @Test
    void aGroupWithoutASizeIsLookedThrough() {
        Group overlay = new Group(); // a fill-parent table before its first layout
        overlay.addActor(widget(600, 400, 100, 100));
        root.addActor(overlay);
        assertTrue(reaches());
    }
}
