package dev.kvcache.render;

/**
 * How a colour looks to normal vision and to the three dichromacies, in OKLab (x100, so 1 is
 * about a just-noticeable difference): sRGB decoded to linear light, Machado, Oliveira and
 * Fernandes (2009) severity-1 simulation matrices, then Ottosson's OKLab.
 */
final class ColourVision {
    /** The visions checked: normal, then protanopia, deuteranopia, tritanopia. */
    enum Vision {
        NORMAL(new double[][] {{1, 0, 0}, {0, 1, 0}, {0, 0, 1}}),
        PROTANOPIA(new double[][] {
            {0.152286, 1.052583, -0.204868}, {0.114503, 0.786281, 0.099216}, {-0.003882, -0.048116, 1.051998}}),
        DEUTERANOPIA(new double[][] {
            {0.367322, 0.860646, -0.227968}, {0.280085, 0.672501, 0.047413}, {-0.011820, 0.042940, 0.968881}}),
        TRITANOPIA(new double[][] {
            {1.255528, -0.076749, -0.178779}, {-0.078411, 0.930809, 0.147602}, {0.004733, 0.691367, 0.303900}});

        private final double[][] matrix;

        Vision(double[][] matrix) {
            this.matrix = matrix;
        }
    }

    private ColourVision() {
    }

    /** OKLab (L, a, b) x 100 of 0xRRGGBB as {@code vision} sees it. */
    static double[] oklab(int rgb, Vision vision) {
        double[] linear = {decode((rgb >> 16) & 0xff), decode((rgb >> 8) & 0xff), decode(rgb & 0xff)};
        double[] seen = new double[3];
        for (int row = 0; row < 3; row++) {
            double sum = 0;
            for (int column = 0; column < 3; column++) {
                sum += vision.matrix[row][column] * linear[column];
            }
            seen[row] = Math.min(1.0, Math.max(0.0, sum));
        }
        double l = Math.cbrt(0.4122214708 * seen[0] + 0.5363325363 * seen[1] + 0.0514459929 * seen[2]);
        double m = Math.cbrt(0.2119034982 * seen[0] + 0.6806995451 * seen[1] + 0.1073969566 * seen[2]);
        double s = Math.cbrt(0.0883024619 * seen[0] + 0.2817188376 * seen[1] + 0.6299787005 * seen[2]);
        return new double[] {
            100 * (0.2104542553 * l + 0.7936177850 * m - 0.0040720468 * s),
            100 * (1.9779984951 * l - 2.4285922050 * m + 0.4505937099 * s),
            100 * (0.0259040371 * l + 0.7827717662 * m - 0.8086757660 * s)};
    }

    /** Euclidean OKLab distance (x100) between two colours as {@code vision} sees them. */
    static double distance(int a, int b, Vision vision) {
        double[] p = oklab(a, vision);
        double[] q = oklab(b, vision);
        return Math.sqrt((p[0] - q[0]) * (p[0] - q[0]) + (p[1] - q[1]) * (p[1] - q[1]) + (p[2] - q[2]) * (p[2] - q[2]));
    }

    /** OKLab hue angle in degrees (0-360) for normal vision. */
    static double hue(int rgb) {
        double[] lab = oklab(rgb, Vision.NORMAL);
        double degrees = Math.toDegrees(Math.atan2(lab[2], lab[1]));
        return degrees < 0 ? degrees + 360 : degrees;
    }

    /** Smallest angle between two hues, degrees. */
    static double hueGap(double a, double b) {
        double gap = Math.abs(a - b) % 360;
        return gap > 180 ? 360 - gap : gap;
    }

    private static double decode(int channel) {
        double c = channel / 255.0;
        return c <= 0.04045 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
    }
}
