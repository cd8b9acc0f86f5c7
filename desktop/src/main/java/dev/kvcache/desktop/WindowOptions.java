package dev.kvcache.desktop;

import dev.kvcache.scenario.ScenarioParams;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Window options of the desktop launcher: {@code --screenshot FILE.png --frames N} renders N frames,
 * writes a PNG of the window and exits; {@code --width W --height H} sizes the window;
 * {@code --trace} prints the overlay and the state whenever they change ({@link StateTrace}). The link's
 * names are options too ({@code --model llama-70b --context 1M --gpu h100 --cb 1 --paused}); their
 * values are checked later, like a link's, so a bad value gives a notice, not an exit.
 * {@code --density F} lays the window out as on a screen of F physical pixels per
 * density-independent pixel (default: the monitor's content scale).
 */
final class WindowOptions {
    static final int DEFAULT_WIDTH = 1600;
    static final int DEFAULT_HEIGHT = 1000;
    static final int DEFAULT_SCREENSHOT_FRAMES = 60;

    String screenshotPath;
    int frames = DEFAULT_SCREENSHOT_FRAMES;
    int width = DEFAULT_WIDTH;
    int height = DEFAULT_HEIGHT;
    boolean trace;
    /** Physical pixels per density-independent pixel; 0 means the monitor's own content scale. */
    float density;
    /** Scenario options by link name, in the order given. */
    final Map<String, String> scenario = new LinkedHashMap<>();

    /** Parses the options; throws IllegalArgumentException with a one-line message when bad. */
    static WindowOptions parse(String[] args) {
        WindowOptions options = new WindowOptions();
        for (int i = 0; i < args.length; i++) {
            String name = args[i];
            switch (name) {
                case "--screenshot":
                    options.screenshotPath = value(args, ++i, name);
                    break;
                case "--frames":
                    options.frames = intValue(args, ++i, name, 1, 100_000);
                    break;
                case "--width":
                    options.width = intValue(args, ++i, name, 1, 7680);
                    break;
                case "--height":
                    options.height = intValue(args, ++i, name, 1, 4320);
                    break;
                case "--trace":
                    options.trace = true;
                    break;
                case "--density":
                    options.density = densityValue(args, ++i, name);
                    break;
                default:
                    i = scenarioOption(args, i, options);
                    break;
            }
        }
        return options;
    }

    /** Reads {@code --name value} (or a bare switch such as {@code --paused}); returns the last index used. */
    private static int scenarioOption(String[] args, int index, WindowOptions options) {
        String option = args[index];
        String name = option.startsWith("--") ? ScenarioParams.canonical(option.substring(2)) : null;
        if (name == null) {
            throw new IllegalArgumentException("unknown option '" + option + "'");
        }
        boolean hasValue = index + 1 < args.length && !args[index + 1].startsWith("--");
        options.scenario.put(name, hasValue ? args[index + 1] : "");
        return hasValue ? index + 1 : index;
    }

    private static String value(String[] args, int index, String name) {
        if (index >= args.length) {
            throw new IllegalArgumentException(name + " needs a value");
        }
        return args[index];
    }

    private static float densityValue(String[] args, int index, String name) {
        String text = value(args, index, name);
        try {
            float parsed = Float.parseFloat(text);
            if (!(parsed >= 0.5f && parsed <= 4f)) {
                throw new IllegalArgumentException(name + " must be between 0.5 and 4, got " + text);
            }
            return parsed;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(name + " needs a number such as 1.5, got '" + text + "'");
        }
    }

    private static int intValue(String[] args, int index, String name, int min, int max) {
        String text = value(args, index, name);
        try {
            int parsed = Integer.parseInt(text);
            if (parsed < min || parsed > max) {
                throw new IllegalArgumentException(name + " must be between " + min + " and " + max + ", got " + text);
            }
            return parsed;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(name + " needs a whole number, got '" + text + "'");
        }
    }
}
