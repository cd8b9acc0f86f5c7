package dev.kvcache.data;

import dev.kvcache.catalog.ComputeFormat;
import dev.kvcache.catalog.DevicePerformance;
import dev.kvcache.catalog.PublishedFigure;
import java.util.Map;

/**
 * Reads a device's {@code perf} object: every figure the time model needs, each a number in a
 * plausible range or the words "not published" (and for a number format the device lacks, "not
 * supported"), each with a non-empty source. A missing figure or source is an error: the catalog
 * says what it does not know rather than leaving it out.
 */
final class PerformanceEntryReader {
    /** Dense throughput beyond 100 PFLOPS per device would be a typo (a GB300 does 15 at FP4). */
    static final double MAX_TFLOPS = 100_000;
    /** A scale-up link of 100 TB/s per device would be a typo (NVLink 5: 1.8 TB/s). */
    static final double MAX_LINK_GBPS = 100_000;
    /** Board power past 30 kW would be a typo (a whole CS-3 system draws about 23 kW). */
    static final double MAX_WATTS = 30_000;
    /** A device-hour above $1,000 would be a typo. */
    static final double MAX_USD_PER_HOUR = 1_000;

    private PerformanceEntryReader() {
    }

    static DevicePerformance read(EntryFields device) {
        Map<String, Object> perf = device.requireObject("perf");
        EntryFields f = new EntryFields(perf, device.where() + " perf");
        Map<String, Object> tflops = f.requireObject("denseTflops");
        EntryFields t = new EntryFields(tflops, f.where() + " denseTflops");
        String tflopsSource = f.requireString("denseTflopsSource");
        PublishedFigure[] figures = new PublishedFigure[ComputeFormat.values().length];
        for (ComputeFormat format : ComputeFormat.values()) {
            figures[format.ordinal()] = figure(t, format.key(), MAX_TFLOPS, tflopsSource, Support.MAY_LACK);
        }
        for (String key : tflops.keySet()) {
            if (!isFormatKey(key)) {
                throw t.error(key, "is not one of 16bit, fp8, int8, fp4");
            }
        }
        String bandwidthSource = f.requireString("bandwidthSource");
        String link = f.requireString("link");
        PublishedFigure linkGBps = figure(f, "linkBidirectionalGBps", MAX_LINK_GBPS, f.requireString("linkSource"),
                Support.ALWAYS);
        PublishedFigure tdp = figure(f, "tdpWatts", MAX_WATTS, f.requireString("tdpSource"), Support.ALWAYS);
        PublishedFigure price = figure(f, "usdPerHour", MAX_USD_PER_HOUR, f.requireString("priceSource"),
                Support.ALWAYS);
        String date = f.requireString("priceDate");
        if (price.isKnown() && PublishedFigure.NOT_PUBLISHED_TEXT.equals(date)) {
            throw f.error("priceDate", "must date a price that is given");
        }
        return new DevicePerformance(figures, bandwidthSource, link, linkGBps, tdp, price, date, f.stringOr("note", ""));
    }

    /** Whether "not supported" is an answer for a figure (a number format is; a board's power is not). */
    private enum Support {
        MAY_LACK,
        ALWAYS
    }

    private static PublishedFigure figure(EntryFields f, String field, double max, String source, Support support) {
        Object v = f.raw(field);
        if (PublishedFigure.NOT_PUBLISHED_TEXT.equals(v)) {
            return PublishedFigure.notPublished(source);
        }
        if (PublishedFigure.NOT_SUPPORTED_TEXT.equals(v)) {
            if (support == Support.ALWAYS) {
                throw f.error(field, "cannot be \"" + PublishedFigure.NOT_SUPPORTED_TEXT + "\"; say \""
                        + PublishedFigure.NOT_PUBLISHED_TEXT + "\" when there is no figure");
            }
            return PublishedFigure.notSupported(source);
        }
        if (v instanceof String) {
            throw f.error(field, "must be a number, \"" + PublishedFigure.NOT_PUBLISHED_TEXT + "\""
                    + (support == Support.MAY_LACK ? " or \"" + PublishedFigure.NOT_SUPPORTED_TEXT + "\"" : "")
                    + ", got \"" + v + "\"");
        }
        return PublishedFigure.of(f.requireNumber(field, 0.001, max), source);
    }

    private static boolean isFormatKey(String key) {
        for (ComputeFormat format : ComputeFormat.values()) {
            if (format.key().equals(key)) {
                return true;
            }
        }
        return false;
    }
}
