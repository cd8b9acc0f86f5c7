package dev.kvcache.memory;

import dev.kvcache.catalog.Catalog;
import dev.kvcache.catalog.Factoid;
import dev.kvcache.catalog.FigureSpec;
import dev.kvcache.catalog.ModelSpec;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns a {@link Factoid} into the sentence the ticker shows: every {@code {name}} placeholder
 * replaced by the engine's own formatted number ({@link FactoidFigures}). A factoid whose figures
 * cannot be computed (unknown model, GPU or quantity, a guard that fails) renders as null with a
 * problem, so a wrong sentence is never shown.
 *
 * <pre>
 * FactoidText text = new FactoidText(catalog);
 * List&lt;String&gt; problems = new ArrayList&lt;&gt;();
 * List&lt;String&gt; lines = text.renderAll(factoids, problems); // show lines in turn
 * </pre>
 */
public final class FactoidText {
    private final FactoidFigures figures;
    private final Catalog catalog;

    public FactoidText(Catalog catalog) {
        this.figures = new FactoidFigures(catalog);
        this.catalog = catalog;
    }

    /**
     * The sentence with the models and devices it is about: those its figures use, and models named
     * in its text; null when a figure fails (see {@link #render}).
     */
    public FactoidLine renderLine(Factoid factoid, List<String> problems) {
        String text = render(factoid, problems);
        if (text == null) {
            return null;
        }
        List<String> models = new ArrayList<String>();
        List<String> devices = new ArrayList<String>();
        for (FigureSpec spec : factoid.figures().values()) {
            collectSubjects(spec, models, devices);
        }
        for (ModelSpec model : catalog.models().all()) {
            if (text.contains(model.name()) && !models.contains(model.id())) {
                models.add(model.id());
            }
        }
        return new FactoidLine(text, models, devices);
    }

    private void collectSubjects(FigureSpec spec, List<String> models, List<String> devices) {
        String model = spec.text("model", null);
        if (model != null && catalog.models().find(model) != null && !models.contains(catalog.model(model).id())) {
            models.add(catalog.model(model).id());
        }
        String device = spec.text("gpu", null);
        if (device != null && catalog.devices().find(device) != null
                && !devices.contains(catalog.device(device).id())) {
            devices.add(catalog.device(device).id());
        }
        for (Object value : spec.settings().values()) {
            if (value instanceof FigureSpec) {
                collectSubjects((FigureSpec) value, models, devices);
            }
        }
    }

    /**
     * The finished sentence, with " (source)" appended when the factoid cites one; null when a
     * figure fails, with one line added to {@code problems} naming the factoid and the figure.
     */
    public String render(Factoid factoid, List<String> problems) {
        String prefix = "factoid " + factoid.id() + ": ";
        List<String> names;
        try {
            names = Factoid.placeholders(factoid.template());
        } catch (IllegalArgumentException e) {
            problems.add(prefix + "text: " + e.getMessage());
            return null;
        }
        StringBuilder out = new StringBuilder();
        int from = 0;
        for (String name : names) {
            FigureSpec spec = factoid.figures().get(name);
            if (spec == null) {
                problems.add(prefix + "placeholder {" + name + "} has no figure");
                return null;
            }
            String number;
            try {
                number = figures.render(spec);
            } catch (IllegalArgumentException e) {
                problems.add(prefix + "figure " + name + ": " + e.getMessage());
                return null;
            }
            int at = factoid.template().indexOf("{" + name + "}", from);
            out.append(factoid.template().substring(from, at)).append(number);
            from = at + name.length() + 2;
        }
        out.append(factoid.template().substring(from));
        if (!factoid.source().isEmpty()) {
            out.append(" (").append(factoid.source()).append(')');
        }
        return out.toString();
    }

    /** Every factoid that renders, in order; the others are left out and reported. */
    public List<String> renderAll(List<Factoid> factoids, List<String> problems) {
        List<String> lines = new ArrayList<String>();
        for (Factoid f : factoids) {
            String line = render(f, problems);
            if (line != null) {
                lines.add(line);
            }
        }
        return lines;
    }
}
