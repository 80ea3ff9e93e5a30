package io.mdt.engine.bench;

import io.mdt.engine.performance.Performance;
import io.mdt.engine.performance.PerformanceReport;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The MDT half of {@code bench/performance-vs-sklearn.sh}: loads the files {@code
 * bench/generate_performance.py} wrote and times {@code Performance.evaluate} on the same workloads as
 * {@code bench/sklearn_performance.py}, printing one JSON line per workload with every metric and the
 * confusion matrix. Usage: {@code PerformanceSideBySide DIR [REPEATS]}.
 */
public final class PerformanceSideBySide {

    private PerformanceSideBySide() {}

    public static void main(String[] args) throws Exception {
        Path directory = Path.of(args[0]);
        int repeats = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        int classes = field(Files.readString(directory.resolve("meta.json")), "classes");
        time("binary", PerformanceData.binary(directory), repeats);
        time("binary_numerical", PerformanceData.binaryNumerical(directory), repeats);
        time("multiclass", PerformanceData.multiclass(directory, classes), repeats);
        time("regression", PerformanceData.regression(directory), repeats);
    }

    private static void time(String name, PerformanceData data, int repeats) {
        double first = 0;
        double best = Double.MAX_VALUE;
        double cpu = Double.MAX_VALUE;
        PerformanceReport report = null;
        for (int i = 0; i < repeats; i++) {
            long start = System.nanoTime();
            long cpuStart = Timing.processCpuNanos();
            report = Performance.evaluate(data.spec(), data.target(), data.prediction(), data.scores());
            double seconds = (System.nanoTime() - start) / 1e9;
            first = i == 0 ? seconds : first;
            best = Math.min(best, seconds);
            cpu = Math.min(cpu, (Timing.processCpuNanos() - cpuStart) / 1e9);
        }
        System.out.printf(
                Locale.ROOT,
                "{\"workload\": \"%s\", \"seconds_first\": %.4f, \"seconds_best\": %.4f, \"cpu_seconds\": %.4f,"
                        + " \"values\": {%s}, \"confusion\": %s}%n",
                name,
                first,
                best,
                cpu,
                values(report.metrics()),
                report.confusionMatrix() == null
                        ? "null"
                        : Arrays.deepToString(report.confusionMatrix().matrix()));
    }

    private static String values(Map<String, Double> metrics) {
        return metrics.entrySet().stream()
                .map(e -> "\"" + e.getKey() + "\": " + (e.getValue() == null ? "null" : e.getValue()))
                .collect(Collectors.joining(", "));
    }

    static int field(String json, String name) {
        Matcher m = Pattern.compile("\"" + name + "\"\\s*:\\s*(\\d+)").matcher(json);
        if (!m.find()) {
            throw new IllegalArgumentException("meta.json has no " + name);
        }
        return Integer.parseInt(m.group(1));
    }
}
