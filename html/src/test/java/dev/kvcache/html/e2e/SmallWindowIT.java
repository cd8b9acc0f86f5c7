package dev.kvcache.html.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.BiPredicate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A 900x600 window, too short for the whole control panel: every control (play, step, reset, each
 * arrow and value of the eight steppers, the three optimisation toggles, Copy link, Help and the
 * weights button) is brought into view with the mouse wheel over the panel and clicked, and the
 * state it changes is read back. A control that cannot be scrolled to, or does nothing, fails.
 */
class SmallWindowIT {
    private static final File OUT = BrowserSession.OUT;
    private static final Duration WAIT = Duration.ofSeconds(15);
    private static BrowserSession browser;

    @BeforeAll
    static void open() throws Exception {
        browser = BrowserSession.open(900, 600);
    }

    @AfterAll
    static void close() {
        if (browser != null) {
            browser.close();
        }
    }

    private static String overlay() {
        return String.valueOf(browser.script("return window.kvcache.overlay();"));
    }

    @Test
    void everyControlCanBeScrolledToAndClicked() throws Exception {
        browser.load("model=llama-3.1-8b&gpu=h100&batch=8&context=128K&speed=2&paused=1&cb=1&pa=1&fa=1"
                + "&precision=bf16&kv=bf16&gpus=auto&weights=1", 5);
        CanvasControls controls = new CanvasControls(browser);
        List<String> hiddenAtStart = new ArrayList<>();
        for (CanvasControls.Control c : controls.all()) {
            if (!c.inView) {
                hiddenAtStart.add(c.name);
            }
        }
        assertTrue(hiddenAtStart.contains("fa"), "the panel is taller than 900x600 shows: " + hiddenAtStart);
        // Copy link and Help are pinned under the scrolling part: in view at once.
        assertFalse(hiddenAtStart.contains("help") || hiddenAtStart.contains("copyLink"), "pinned: " + hiddenAtStart);
        browser.saveCanvas(new File(OUT, "browser-900x600.png"));

        // The bottom first, before anything in the panel was pressed: a pane that scrolls only once
        // pressed (Scene2D's scroll focus) fails here.
        for (String toggle : new String[] {"fa", "pa", "cb"}) {
            clickAndSee(controls, toggle, toggle + " switches", changed(toggle));
        }
        // Help rebuilds the stage; the way back up must scroll again with nothing pressed.
        clickAndSeeOverlay(controls, "help", "HELP");
        clickAndSee(controls, "play", "Play starts", (a, b) -> Boolean.FALSE.equals(b.get("paused")));
        clickAndSee(controls, "play", "Pause stops", (a, b) -> Boolean.TRUE.equals(b.get("paused")));
        clickAndSee(controls, "step", "Step runs one tick", (a, b) -> number(b, "tick") == number(a, "tick") + 1);
        clickAndSee(controls, "reset", "Reset goes back to tick 0", (a, b) -> number(b, "tick") == 0);
        String[][] steppers = {
            {"speed", "speed"}, {"device", "gpu"}, {"gpus", "gpus"}, {"context", "context"}, {"batch", "batch"},
            {"precision", "precision"}, {"kv", "kv"}, {"model", "model"},
        };
        for (String[] stepper : steppers) {
            String field = stepper[1];
            clickAndSee(controls, stepper[0] + ".forward", stepper[0] + " forward changes " + field, changed(field));
            clickAndSee(controls, stepper[0] + ".back", stepper[0] + " back changes " + field, changed(field));
            if (!stepper[0].equals("model")) {
                clickAndSee(controls, stepper[0] + ".value", stepper[0] + " value steps " + field, changed(field));
            }
        }
        clickAndSeeOverlay(controls, "model.value", "MODELS");
        Object searchBefore = browser.script("return window.location.search;");
        clickAndSee(controls, "copyLink", "Copy link writes the link", (a, b) -> !Objects.equals(searchBefore,
                browser.script("return window.location.search;")));
        clickAndSee(controls, "weights", "the weights button switches", changed("weights"));
        browser.saveCanvas(new File(OUT, "browser-900x600-scrolled.png"));
        assertEquals(List.of(), browser.pageErrors(), "page logged no error");
    }

    private static BiPredicate<Map<String, Object>, Map<String, Object>> changed(String field) {
        return (before, after) -> !Objects.equals(before.get(field), after.get(field));
    }

    /** Scrolls the control into view, clicks it and waits until the state shows the change. */
    private static void clickAndSee(CanvasControls controls, String name, String what,
            BiPredicate<Map<String, Object>, Map<String, Object>> change) {
        CanvasControls.Control control = scrollIntoView(controls, name);
        Map<String, Object> before = browser.state();
        controls.click(control);
        browser.waitUntil(what, WAIT, d -> change.test(before, browser.state()));
    }

    /** Clicks a control that opens an overlay, checks it opened, and closes it again with its action. */
    private static void clickAndSeeOverlay(CanvasControls controls, String name, String overlay) {
        controls.click(scrollIntoView(controls, name));
        browser.waitUntil(name + " opens " + overlay, WAIT, d -> overlay.equals(overlay()));
        browser.script("window.kvcache.press(arguments[0]);", overlay.equals("HELP") ? "HELP" : "MODEL_LIST");
        browser.waitUntil(overlay + " closes", WAIT, d -> "NONE".equals(overlay()));
    }

    /** Turns the wheel over the control panel until the control is wholly in view (at most 40 notches). */
    private static CanvasControls.Control scrollIntoView(CanvasControls controls, String name) {
        CanvasControls.Control control = controls.named(name);
        List<?> panel = (List<?>) ((Map<?, ?>) browser.ui().get("regions")).get("controls");
        double panelX = ((Number) panel.get(0)).doubleValue() + ((Number) panel.get(2)).doubleValue() / 2;
        double panelTop = ((Number) panel.get(1)).doubleValue();
        double panelMiddle = panelTop + ((Number) panel.get(3)).doubleValue() / 2;
        for (int notch = 0; notch < 40 && !control.inView; notch++) {
            controls.wheel(panelX, panelMiddle, control.y > panelMiddle ? 120 : -120);
            control = controls.named(name);
        }
        assertTrue(control.inView, name + " could not be scrolled into view: " + control);
        assertFalse(control.width <= 0 || control.height <= 0, name + " has a size");
        return control;
    }

    private static long number(Map<String, Object> s, String name) {
        return ((Number) s.get(name)).longValue();
    }
}
