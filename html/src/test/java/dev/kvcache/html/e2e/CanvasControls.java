package dev.kvcache.html.e2e;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.interactions.WheelInput;

/**
 * The app's pressable controls as {@code window.kvcache.ui()} lists them, and a pointer that
 * reaches them the way a person does: it moves over the canvas, turns the wheel and clicks at CSS
 * positions converted from the app's canvas pixels.
 */
final class CanvasControls {
    /** One control: its name, text and rectangle in canvas pixels (y from the top). */
    static final class Control {
        final String name;
        final String text;
        final double x;
        final double y;
        final double width;
        final double height;
        final boolean inView;
        final double textWidth;
        final double textRoom;

        Control(Map<?, ?> json) {
            name = String.valueOf(json.get("name"));
            text = String.valueOf(json.get("text"));
            List<?> rect = (List<?>) json.get("rect");
            x = ((Number) rect.get(0)).doubleValue();
            y = ((Number) rect.get(1)).doubleValue();
            width = ((Number) rect.get(2)).doubleValue();
            height = ((Number) rect.get(3)).doubleValue();
            inView = Boolean.TRUE.equals(json.get("inView"));
            textWidth = json.containsKey("textWidth") ? ((Number) json.get("textWidth")).doubleValue() : 0;
            textRoom = json.containsKey("textRoom") ? ((Number) json.get("textRoom")).doubleValue() : 0;
        }

        @Override
        public String toString() {
            return name + " '" + text + "' [" + x + "," + y + "," + width + "x" + height + "]" + (inView ? "" : " hidden");
        }
    }

    private final BrowserSession browser;

    CanvasControls(BrowserSession browser) {
        this.browser = browser;
    }

    /** Every control the app lists now. */
    List<Control> all() {
        List<Control> controls = new ArrayList<>();
        for (Object entry : (List<?>) browser.ui().get("controls")) {
            controls.add(new Control((Map<?, ?>) entry));
        }
        return controls;
    }

    /** The named control, or an AssertionError listing those there are. */
    Control named(String name) {
        List<Control> controls = all();
        for (Control c : controls) {
            if (c.name.equals(name)) {
                return c;
            }
        }
        throw new AssertionError("no control named " + name + " in " + controls);
    }

    /** Clicks the middle of a control that is in view. */
    void click(Control control) {
        moveTo(control.x + control.width / 2, control.y + control.height / 2).click().perform();
    }

    /** Turns the mouse wheel over the canvas point (canvas pixels), after moving the pointer there. */
    void wheel(double canvasX, double canvasY, int deltaY) {
        moveTo(canvasX, canvasY).perform();
        int[] offset = offsetFromCentre(canvasX, canvasY);
        new Actions(browser.driver())
                .scrollFromOrigin(WheelInput.ScrollOrigin.fromElement(canvas(), offset[0], offset[1]), 0, deltaY)
                .perform();
    }

    private Actions moveTo(double canvasX, double canvasY) {
        int[] offset = offsetFromCentre(canvasX, canvasY);
        return new Actions(browser.driver()).moveToElement(canvas(), offset[0], offset[1]);
    }

    /** Selenium's offsets are CSS pixels from the element's centre. */
    private int[] offsetFromCentre(double canvasX, double canvasY) {
        double ratio = browser.canvasPixelRatio();
        double[] rect = browser.canvasRect();
        return new int[] {(int) Math.round(canvasX / ratio - rect[2] / 2), (int) Math.round(canvasY / ratio - rect[3] / 2)};
    }

    private WebElement canvas() {
        return browser.driver().findElement(By.tagName("canvas"));
    }
}
