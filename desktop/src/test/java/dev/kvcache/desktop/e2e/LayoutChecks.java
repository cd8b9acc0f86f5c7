package dev.kvcache.desktop.e2e;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Checks the layout the app reports ({@code kvcache: ui}, the same JSON as the browser's
 * {@code window.kvcache.ui()}): rectangles are [x, y, width, height] in window pixels.
 */
public final class LayoutChecks {
    private static final String[] REGIONS = {"header", "bannerRow", "panels", "scene", "controls", "footer",
        "serving"};

    private LayoutChecks() {
    }

    /**
     * Everything that overlaps what it must not, leaves the window, or (a control's label) is wider
     * than its control; empty when the layout is sound.
     */
    public static List<String> problems(Map<String, Object> ui, int width, int height) {
        List<String> problems = new ArrayList<>();
        Map<?, ?> regions = (Map<?, ?>) ui.get("regions");
        for (int i = 0; i < REGIONS.length; i++) {
            double[] a = rect(regions.get(REGIONS[i]));
            if (!inside(a, new double[] {0, 0, width, height})) {
                problems.add(REGIONS[i] + " leaves the window");
            }
            for (int j = i + 1; j < REGIONS.length; j++) {
                if (overlap(a, rect(regions.get(REGIONS[j])))) {
                    problems.add(REGIONS[i] + " overlaps " + REGIONS[j]);
                }
            }
        }
        double[] die = rect(regions.get("die"));
        if (!inside(die, rect(regions.get("scene")))) {
            problems.add("the die leaves the scene");
        }
        if (!"NONE".equals(ui.get("bannerForm"))) {
            double[] banner = rect(regions.get("banner"));
            for (String other : new String[] {"die", "panels", "controls", "weightsButton", "footer"}) {
                if (overlap(banner, rect(regions.get(other)))) {
                    problems.add("the banner covers the " + other);
                }
            }
        }
        List<double[]> panels = new ArrayList<>();
        for (Map.Entry<?, ?> panel : ((Map<?, ?>) ui.get("panelsDrawn")).entrySet()) {
            double[] r = rect(panel.getValue());
            if (area(r) == 0) {
                continue;
            }
            // The serving band at the scene's foot holds the performance panel and the chart where it exists.
            if (!inside(r, rect(regions.get("panels"))) && !inside(r, rect(regions.get("serving")))) {
                problems.add("panel " + panel.getKey() + " leaves its column");
            }
            for (double[] other : panels) {
                if (overlap(r, other)) {
                    problems.add("panel " + panel.getKey() + " overlaps another panel");
                }
            }
            panels.add(r);
        }
        double[] budget = rect(((Map<?, ?>) ui.get("panelsDrawn")).get("budget"));
        List<double[]> entries = new ArrayList<>();
        if (area(budget) > 0) {
            for (Object entry : (List<?>) ui.get("budgetLegend")) {
                double[] r = rect(entry);
                if (!inside(r, budget)) {
                    problems.add("a budget legend entry leaves its panel");
                }
                for (double[] other : entries) {
                    if (overlap(r, other)) {
                        problems.add("budget legend entries overlap");
                    }
                }
                entries.add(r);
            }
        }
        for (Object entry : (List<?>) ui.get("controls")) {
            Map<?, ?> control = (Map<?, ?>) entry;
            if (Boolean.TRUE.equals(control.get("inView")) && !inside(rect(control.get("rect")),
                    new double[] {0, 0, width, height})) {
                problems.add("control " + control.get("name") + " in view but outside the window");
            }
            if (control.containsKey("textWidth") && ((Number) control.get("textWidth")).doubleValue()
                    > ((Number) control.get("textRoom")).doubleValue() + 1) {
                problems.add("control " + control.get("name") + "'s label '" + control.get("text") + "' is wider"
                        + " than the control");
            }
        }
        return problems;
    }

    static double[] rect(Object json) {
        List<?> values = (List<?>) json;
        double[] r = new double[4];
        for (int i = 0; i < 4; i++) {
            r[i] = ((Number) values.get(i)).doubleValue();
        }
        return r;
    }

    static double area(double[] r) {
        return r[2] * r[3];
    }

    /** Whether a lies within b (1 px of rounding allowed); an empty a lies anywhere. */
    static boolean inside(double[] a, double[] b) {
        return area(a) == 0 || (a[0] >= b[0] - 1 && a[1] >= b[1] - 1 && a[0] + a[2] <= b[0] + b[2] + 1
                && a[1] + a[3] <= b[1] + b[3] + 1);
    }

    /** Whether two non-empty rectangles share more than a rounding pixel. */
    static boolean overlap(double[] a, double[] b) {
        if (area(a) == 0 || area(b) == 0) {
            return false;
        }
        double eps = 1;
        return a[0] + eps < b[0] + b[2] && b[0] + eps < a[0] + a[2] && a[1] + eps < b[1] + b[3]
                && b[1] + eps < a[1] + a[3];
    }
}
