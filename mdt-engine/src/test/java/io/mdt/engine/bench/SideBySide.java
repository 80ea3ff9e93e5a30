package io.mdt.engine.bench;

import io.mdt.engine.drift.DriftEngine;
import io.mdt.engine.drift.DriftMethod;
import io.mdt.engine.drift.DriftOptions;
import io.mdt.engine.report.DriftReport;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The MDT half of {@code bench/drift-vs-scipy.sh}: loads the files {@code bench/generate.py} wrote and
 * times full reports for the same four workloads as {@code bench/scipy_drift.py}, printing one JSON
 * line per workload. Usage: {@code SideBySide DIR [REPEATS]}.
 */
public final class SideBySide {

    private SideBySide() {}

    public static void main(String[] args) throws Exception {
        Path directory = Path.of(args[0]);
        int repeats = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        String meta = Files.readString(directory.resolve("meta.json"));
        int rows = field(meta, "rows");
        long loadStart = System.nanoTime();
        BenchmarkData numerical = BenchmarkData.numerical(directory, rows, field(meta, "columns"));
        BenchmarkData categorical = BenchmarkData.categorical(directory, rows, field(meta, "categorical_columns"));
        System.err.printf(Locale.ROOT, "loaded in %.2f s%n", (System.nanoTime() - loadStart) / 1e9);
        Map<String, DriftMethod> numericalWorkloads = new java.util.LinkedHashMap<>();
        numericalWorkloads.put("auto", null);
        numericalWorkloads.put("ks", DriftMethod.KS);
        for (Map.Entry<String, DriftMethod> w : numericalWorkloads.entrySet()) {
            time(w.getKey(), w.getValue(), numerical, repeats);
        }
        time("jensenshannon", DriftMethod.JENSENSHANNON, categorical, repeats);
        time("chisquare", DriftMethod.CHISQUARE, categorical, repeats);
    }

    private static void time(String name, DriftMethod method, BenchmarkData data, int repeats) {
        DriftEngine engine =
                new DriftEngine(DriftOptions.builder().method(method).build());
        double first = 0;
        double best = Double.MAX_VALUE;
        double cpu = Double.MAX_VALUE;
        DriftReport report = null;
        for (int i = 0; i < repeats; i++) {
            long start = System.nanoTime();
            long cpuStart = processCpuNanos();
            report = engine.compare(data.reference(), data.current());
            double seconds = (System.nanoTime() - start) / 1e9;
            first = i == 0 ? seconds : first;
            best = Math.min(best, seconds);
            cpu = Math.min(cpu, (processCpuNanos() - cpuStart) / 1e9);
        }
        System.out.printf(
                Locale.ROOT,
                "{\"workload\": \"%s\", \"seconds_first\": %.4f, \"seconds_best\": %.4f, \"cpu_seconds\": %.4f,"
                        + " \"method\": \"%s\", \"first_scores\": [%s]}%n",
                name,
                first,
                best,
                cpu,
                report.columns().isEmpty() ? "" : report.columns().get(0).method(),
                report.columns().stream()
                        .limit(3)
                        .map(c -> String.valueOf(c.score()))
                        .collect(Collectors.joining(", ")));
    }

    /** CPU time of the whole process, all threads (GC included), so that load from other processes does not count. */
    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean)
                        java.lang.management.ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    private static int field(String json, String name) {
        Matcher m = Pattern.compile("\"" + name + "\"\\s*:\\s*(\\d+)").matcher(json);
        if (!m.find()) {
            throw new IllegalArgumentException("meta.json has no " + name);
        }
        return Integer.parseInt(m.group(1));
    }
}
