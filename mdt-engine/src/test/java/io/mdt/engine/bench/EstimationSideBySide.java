package io.mdt.engine.bench;

import io.mdt.engine.data.CategoricalColumn;
import io.mdt.engine.data.Column;
import io.mdt.engine.data.NumericalColumn;
import io.mdt.engine.estimation.Cbpe;
import io.mdt.engine.estimation.PerformanceEstimator;
import io.mdt.engine.performance.Estimate;
import io.mdt.engine.performance.PerformanceSpec;
import io.mdt.engine.performance.Task;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * The estimation half of {@code bench/performance-vs-sklearn.sh}: CBPE fitted on the 1,000,000-row
 * reference {@code bench/generate_performance.py} wrote and estimating its ten analysis windows, timed
 * together (scikit-learn's side times its isotonic regression alone), printing each window's estimates
 * for the check against the isotonic probabilities; and DLE through {@code PerformanceEstimator}, fitted
 * on the 50,000-row regression reference and estimating ten 10,000-row windows (MDT only). Usage:
 * {@code EstimationSideBySide DIR [REPEATS [WORKLOAD]]}, where {@code WORKLOAD} ({@code cbpe} or
 * {@code dle}) runs that one alone.
 */
public final class EstimationSideBySide {

    private static final PerformanceSpec BINARY = new PerformanceSpec(Task.BINARY, "1", 0.5, List.of("1"));

    private EstimationSideBySide() {}

    public static void main(String[] args) throws Exception {
        Path directory = Path.of(args[0]);
        int repeats = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        String only = args.length > 2 ? args[2] : null;
        String meta = Files.readString(directory.resolve("meta.json"));
        if (only == null || only.equals("cbpe")) {
            cbpe(directory, PerformanceSideBySide.field(meta, "windows"), repeats);
        }
        if (only == null || only.equals("dle")) {
            dle(
                    directory,
                    PerformanceSideBySide.field(meta, "features"),
                    PerformanceSideBySide.field(meta, "dle_windows"),
                    repeats);
        }
    }

    private static void cbpe(Path directory, int windows, int repeats) throws java.io.IOException {
        CategoricalColumn target = classes(directory, "estimation_reference_target.i32");
        CategoricalColumn prediction = classes(directory, "estimation_reference_prediction.i32");
        NumericalColumn score = numbers(directory, "estimation_reference_score.f64");
        List<Column> predictions = split(classes(directory, "estimation_analysis_prediction.i32"), windows);
        List<Column> scores = split(numbers(directory, "estimation_analysis_score.f64"), windows);
        time("cbpe", repeats, () -> {
            Cbpe cbpe = Cbpe.fit(BINARY, target, prediction, List.of(score));
            Map<String, Double> values = new LinkedHashMap<>();
            for (int w = 0; w < windows; w++) {
                Map<String, Estimate> estimates =
                        cbpe.estimate(predictions.get(w), List.of((NumericalColumn) scores.get(w)));
                for (Map.Entry<String, Estimate> e : estimates.entrySet()) {
                    values.put("w" + w + "_" + e.getKey(), e.getValue().value());
                }
            }
            values.put("recalibrated", cbpe.recalibrated()[0] ? 1.0 : 0.0);
            return values;
        });
    }

    private static void dle(Path directory, int features, int windows, int repeats) throws java.io.IOException {
        List<Column> reference = features(directory.resolve("dle_reference_features.f64"), features);
        NumericalColumn target = numbers(directory, "dle_reference_target.f64");
        NumericalColumn prediction = numbers(directory, "dle_reference_prediction.f64");
        List<List<Column>> analysis = new ArrayList<>();
        for (Column feature : features(directory.resolve("dle_analysis_features.f64"), features)) {
            List<Column> pieces = split(feature, windows);
            for (int w = 0; w < windows; w++) {
                if (analysis.size() == w) {
                    analysis.add(new ArrayList<>());
                }
                analysis.get(w).add(pieces.get(w));
            }
        }
        List<Column> predictions = split(numbers(directory, "dle_analysis_prediction.f64"), windows);
        time("dle", repeats, () -> {
            PerformanceEstimator dle =
                    PerformanceEstimator.fit(PerformanceSpec.regression(), reference, target, prediction, List.of());
            Map<String, Double> values = new LinkedHashMap<>();
            for (int w = 0; w < windows; w++) {
                for (Map.Entry<String, Estimate> e : dle.estimate(analysis.get(w), predictions.get(w), List.of())
                        .entrySet()) {
                    values.put("w" + w + "_" + e.getKey(), e.getValue().value());
                }
            }
            return values;
        });
    }

    private static List<Column> features(Path file, int features) throws java.io.IOException {
        double[][] values = PerformanceData.doubles(file, features);
        List<Column> columns = new ArrayList<>();
        for (int f = 0; f < features; f++) {
            columns.add(new NumericalColumn("x" + f, values[f]));
        }
        return columns;
    }

    static void time(String name, int repeats, Supplier<Map<String, Double>> workload) {
        double first = 0;
        double best = Double.MAX_VALUE;
        double cpu = Double.MAX_VALUE;
        Map<String, Double> values = null;
        for (int i = 0; i < repeats; i++) {
            long start = System.nanoTime();
            long cpuStart = Timing.processCpuNanos();
            values = workload.get();
            double seconds = (System.nanoTime() - start) / 1e9;
            first = i == 0 ? seconds : first;
            best = Math.min(best, seconds);
            cpu = Math.min(cpu, (Timing.processCpuNanos() - cpuStart) / 1e9);
        }
        System.out.printf(
                Locale.ROOT,
                "{\"workload\": \"%s\", \"seconds_first\": %.4f, \"seconds_best\": %.4f, \"cpu_seconds\": %.4f,"
                        + " \"values\": {%s}, \"confusion\": null}%n",
                name,
                first,
                best,
                cpu,
                values.entrySet().stream()
                        .map(e -> "\"" + e.getKey() + "\": " + e.getValue())
                        .collect(Collectors.joining(", ")));
    }

    private static CategoricalColumn classes(Path directory, String file) throws java.io.IOException {
        return PerformanceData.classes(file, PerformanceData.ints(directory.resolve(file)), 2);
    }

    private static NumericalColumn numbers(Path directory, String file) throws java.io.IOException {
        return new NumericalColumn(file, PerformanceData.doubles(directory.resolve(file))[0]);
    }

    /** Consecutive windows of equal size, as numpy's {@code array_split} cuts them when the rows divide evenly. */
    private static List<Column> split(Column column, int windows) {
        List<Column> result = new ArrayList<>();
        int size = column.rows() / windows;
        for (int w = 0; w < windows; w++) {
            int from = w * size;
            result.add(
                    column instanceof CategoricalColumn c
                            ? new CategoricalColumn(
                                    c.name(), Arrays.copyOfRange(c.codes(), from, from + size), c.dictionary())
                            : new NumericalColumn(
                                    column.name(),
                                    Arrays.copyOfRange(((NumericalColumn) column).values(), from, from + size)));
        }
        return result;
    }
}
