package dev.kvcache.desktop.bench;

import java.util.EnumMap;
import java.util.Map;

/** Renders bench-sim's one JSON object: figures per scenario, ratios, harness and environment. */
final class BenchJson {
    private final Map<BenchScenario, TickBenchmark.Result> results = new EnumMap<>(BenchScenario.class);

    void add(BenchScenario scenario, TickBenchmark.Result result) {
        results.put(scenario, result);
    }

    /**
     * {@code largeOverSmall} compares 32 sequences with 1, so it carries the batch's 32x work;
     * {@code largeOverBatch32At128k} isolates what the token count costs (near 1 when it costs
     * nothing); {@code largeOverBatch32At4k} also carries 4K's cheaper ticks (a block every ~3 ticks).
     */
    String render(TickBenchmark bench, int forks, boolean quick) {
        TickBenchmark.Result small = results.get(BenchScenario.SMALL);
        TickBenchmark.Result large = results.get(BenchScenario.LARGE);
        TickBenchmark.Result batchAt4k = results.get(BenchScenario.BATCH32_AT_4K);
        TickBenchmark.Result batchAt128k = results.get(BenchScenario.BATCH32_AT_128K);
        StringBuilder b = new StringBuilder("{");
        double allocated = 0;
        long maxTick = 0;
        for (Map.Entry<BenchScenario, TickBenchmark.Result> e : results.entrySet()) {
            field(b, e.getKey().jsonName, Math.round(e.getValue().medianNanosPerTick));
            allocated = Math.max(allocated, e.getValue().allocatedBytesPerTick);
            maxTick = Math.max(maxTick, e.getValue().maxTickNanos);
        }
        field(b, "allocatedBytesPerTick", allocated);
        field(b, "maxTickNanos", maxTick);
        field(b, "p99TickNanosLarge", large.p99TickNanos);
        field(b, "p999TickNanosLarge", large.p999TickNanos);
        field(b, "largeOverSmall", ratio(large, small));
        field(b, "largeOverBatch32At4k", ratio(large, batchAt4k));
        field(b, "largeOverBatch32At128k", ratio(large, batchAt128k));
        TickBenchmark.Result staticLarge = results.get(BenchScenario.LARGE_STATIC);
        field(b, "maxTickNanosLargeStatic", staticLarge.maxTickNanos);
        field(b, "p999TickNanosLargeStatic", staticLarge.p999TickNanos);
        field(b, "extentsLarge", large.extentsAtEnd);
        field(b, "gpusLarge", large.gpusAtEnd);
        b.append("\"scenarios\":{");
        for (BenchScenario s : BenchScenario.values()) {
            string(b, s.jsonName, s.description);
        }
        trimComma(b).append("},\"harness\":{\"kind\":\"hand-written\",");
        field(b, "quick", quick);
        field(b, "forks", forks);
        string(b, "statistic", "median over forks of each fork's median run (ns per tick, no clock read per tick); tick percentiles and max: median over forks of a separate per-tick timed pass; allocation: worst fork");
        b.append(bench.describe());
        trimComma(b).append("},\"environment\":{");
        string(b, "javaVersion", System.getProperty("java.version"));
        string(b, "javaVm", System.getProperty("java.vm.name") + " " + System.getProperty("java.vm.version"));
        string(b, "os", System.getProperty("os.name") + " " + System.getProperty("os.version"));
        string(b, "arch", System.getProperty("os.arch"));
        field(b, "availableProcessors", Runtime.getRuntime().availableProcessors());
        field(b, "maxHeapBytes", Runtime.getRuntime().maxMemory());
        return trimComma(b).append("}}").toString();
    }

    private static double ratio(TickBenchmark.Result a, TickBenchmark.Result b) {
        return Math.round(100.0 * a.medianNanosPerTick / b.medianNanosPerTick) / 100.0;
    }

    private static StringBuilder trimComma(StringBuilder b) {
        if (b.charAt(b.length() - 1) == ',') {
            b.setLength(b.length() - 1);
        }
        return b;
    }

    private static void field(StringBuilder b, String name, Object value) {
        b.append('"').append(name).append("\":").append(value).append(',');
    }

    private static void string(StringBuilder b, String name, String value) {
        b.append('"').append(name).append("\":\"").append(value.replace("\\", "\\\\").replace("\"", "\\\"")).append("\",");
    }
}
