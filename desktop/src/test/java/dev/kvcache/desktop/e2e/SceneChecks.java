package dev.kvcache.desktop.e2e;

import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Pixel checks shared by the desktop and browser end-to-end tests: is the die in the middle, are
 * there memory banks beside it, is there title text at the top left. Returns readable failures.
 */
public final class SceneChecks {
    private SceneChecks() {
    }

    /** Every way the screenshot differs from a drawn scene; empty when it looks right. */
    public static List<String> problems(BufferedImage image) {
        List<String> problems = new ArrayList<>();
        int width = image.getWidth();
        int height = image.getHeight();
        if (!dieAtCentre(image)) {
            problems.add("no die at the window centre: pixel is " + hex(image.getRGB(width / 2, height / 2)));
        }
        int banks = countColour(image, 0, 0, width, height, 0x2e3442, 10);
        if (banks < 200) {
            problems.add("expected free memory banks (#2e3442) around the die, found " + banks + " pixels");
        }
        int bright = countBright(image, 0, 0, Math.min(width, 420), Math.min(height, 70), 200);
        if (bright < 40) {
            problems.add("expected title text at the top left, found " + bright + " bright pixels");
        }
        return problems;
    }

    /**
     * Compares the banks in a screenshot with what the app says they show ({@code view}, from
     * {@code ViewJson}): the weights' purple and the first sequence's colour cover the area their
     * stripes imply (within 25%), and the FlashAttention red outline appears exactly when the view
     * has ghost banks. Counts only inside the scene rectangle.
     */
    public static List<String> bankProblems(BufferedImage image, Map<String, Object> view) {
        List<String> problems = new ArrayList<>();
        double bank = ((Number) view.get("bankPixels")).doubleValue();
        double stripeArea = bank * bank / ((Number) view.get("stripesPerBank")).doubleValue();
        List<?> scene = (List<?>) view.get("scene");
        int x0 = ((Number) scene.get(0)).intValue();
        int y0 = ((Number) scene.get(1)).intValue();
        int w = Math.min(((Number) scene.get(2)).intValue(), image.getWidth() - x0);
        int h = Math.min(((Number) scene.get(3)).intValue(), image.getHeight() - y0);
        compare(problems, "weights purple #8e44ad", countColour(image, x0, y0, w, h, 0x8e44ad, 8),
                ((Number) view.get("weightStripes")).intValue() * stripeArea);
        compare(problems, "sequence 0 colour #608fdd", countColour(image, x0, y0, w, h, 0x608fdd, 10),
                ((Number) view.get("slot0Stripes")).intValue() * stripeArea);
        int reds = countRed(image, x0, y0, w, h);
        int ghosts = ((Number) view.get("ghostBanks")).intValue();
        if (ghosts == 0 && reds > bank * bank) {
            problems.add("FlashAttention red without ghost banks: " + reds + " red pixels");
        }
        // Each ghost bank keeps its colour inside a red outline at least 1 px wide: 4 x bank + 4 pixels.
        if (ghosts > 0 && reds < ghosts * bank * 2) {
            problems.add("expected the FlashAttention red round " + ghosts + " banks, found " + reds + " red pixels");
        }
        return problems;
    }

    private static void compare(List<String> problems, String what, int found, double expected) {
        if (Math.abs(found - expected) > Math.max(0.25 * expected, 40)) {
            problems.add(what + ": " + found + " pixels, the state implies " + Math.round(expected));
        }
    }

    private static int countRed(BufferedImage image, int x0, int y0, int w, int h) {
        int count = 0;
        for (int y = y0; y < y0 + h; y++) {
            for (int x = x0; x < x0 + w; x++) {
                int rgb = image.getRGB(x, y);
                int r = (rgb >> 16) & 0xff;
                int g = (rgb >> 8) & 0xff;
                int b = rgb & 0xff;
                // The ghost's outline (#ff3b3b): red dominates green and blue twice over; no sequence
                // colour does (the pinks and the orange stay below that).
                if (r > 100 && r > 2 * g && r > 2 * b) {
                    count++;
                }
            }
        }
        return count;
    }

    /**
     * Most pixels of a small box at the window's horizontal centre, from just below its middle up
     * to a fifth of its height above (the die sits in the middle of the scene, below the header;
     * where the serving band takes the scene's foot, the scene's middle is higher), have the die's
     * colour; the box tolerates the die's label text.
     */
    public static boolean dieAtCentre(BufferedImage image) {
        int boxWidth = Math.max(4, image.getWidth() / 25);
        int boxHeight = Math.max(4, image.getHeight() / 25);
        int x0 = image.getWidth() / 2 - boxWidth / 2;
        int lowest = image.getHeight() / 2 + image.getHeight() / 20;
        int highest = image.getHeight() / 2 - image.getHeight() / 5;
        for (int y0 = lowest; y0 >= Math.max(0, highest); y0 -= Math.max(1, boxHeight / 2)) {
            if (dieBox(image, x0, y0, boxWidth, boxHeight)) {
                return true;
            }
        }
        return false;
    }

    private static boolean dieBox(BufferedImage image, int x0, int y0, int boxWidth, int boxHeight) {
        int die = 0;
        for (int y = y0; y < y0 + boxHeight; y++) {
            for (int x = x0; x < x0 + boxWidth; x++) {
                if (isDieColour(image.getRGB(x, y))) {
                    die++;
                }
            }
        }
        return die * 2 > boxWidth * boxHeight;
    }

    /**
     * Pixels of the die's light edge (#8c96aa) anywhere in the image: no other element uses that
     * colour, and small windows put the scene off-centre.
     */
    public static int dieEdgePixels(BufferedImage image) {
        return countColour(image, 0, 0, image.getWidth(), image.getHeight(), 0x8c96aa, 6);
    }

    /** The die is a blue-grey metallic gradient between #1c2230 and #4a5468. */
    static boolean isDieColour(int rgb) {
        int r = (rgb >> 16) & 0xff;
        int g = (rgb >> 8) & 0xff;
        int b = rgb & 0xff;
        return b >= r && b >= 0x28 && b <= 0x80 && r >= 0x14;
    }

    static int countColour(BufferedImage image, int x0, int y0, int w, int h, int rgb, int tolerance) {
        int count = 0;
        for (int y = y0; y < y0 + h; y++) {
            for (int x = x0; x < x0 + w; x++) {
                if (close(image.getRGB(x, y), rgb, tolerance)) {
                    count++;
                }
            }
        }
        return count;
    }

    static int countBright(BufferedImage image, int x0, int y0, int w, int h, int threshold) {
        int count = 0;
        for (int y = y0; y < y0 + h; y++) {
            for (int x = x0; x < x0 + w; x++) {
                int rgb = image.getRGB(x, y);
                int min = Math.min((rgb >> 16) & 0xff, Math.min((rgb >> 8) & 0xff, rgb & 0xff));
                if (min >= threshold) {
                    count++;
                }
            }
        }
        return count;
    }

    static boolean close(int a, int b, int tolerance) {
        for (int shift = 0; shift <= 16; shift += 8) {
            if (Math.abs(((a >> shift) & 0xff) - ((b >> shift) & 0xff)) > tolerance) {
                return false;
            }
        }
        return true;
    }

    static String hex(int rgb) {
        String digits = Integer.toHexString(rgb & 0xffffff);
        return "#" + "000000".substring(digits.length()) + digits;
    }
}
