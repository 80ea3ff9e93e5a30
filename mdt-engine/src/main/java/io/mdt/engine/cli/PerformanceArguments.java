package io.mdt.engine.cli;

import io.mdt.engine.performance.PerformanceSpec;
import io.mdt.engine.performance.Task;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The arguments of {@code performance}, parsed but not yet checked against the data.
 *
 * @param data the CSV file with the target, prediction and score columns
 * @param task what the model predicts
 * @param target the column of actuals
 * @param prediction the column of predictions; null for a binary model given a score
 * @param scores score column by class label, in the order given: one (the positive class) for binary
 * @param positive the positive label (binary)
 * @param threshold the score at and above which a binary model predicts positive
 * @param format json or text
 */
record PerformanceArguments(
        Path data,
        Task task,
        String target,
        String prediction,
        Map<String, String> scores,
        String positive,
        double threshold,
        String format) {

    static final String USAGE = "usage: mdt-engine performance --data FILE.csv --task binary|multiclass|regression"
            + " --target COL --prediction COL [--score COL | --scores LABEL=COL,...] [--positive LABEL]"
            + " [--threshold T] [--format json|text]";

    private static final Set<String> OPTIONS = Set.of(
            "--data",
            "--task",
            "--target",
            "--prediction",
            "--score",
            "--scores",
            "--positive",
            "--threshold",
            "--format");

    static PerformanceArguments parse(List<String> args) {
        Map<String, String> values = new LinkedHashMap<>();
        for (int i = 0; i < args.size(); i++) {
            String option = args.get(i);
            String inline = null;
            int eq = option.indexOf('=');
            if (option.startsWith("--") && eq > 0) {
                inline = option.substring(eq + 1);
                option = option.substring(0, eq);
            }
            if (!OPTIONS.contains(option)) {
                throw new UsageException("unknown option " + option + "; " + USAGE);
            }
            if (inline == null) {
                if (i + 1 >= args.size() || args.get(++i).startsWith("--")) {
                    throw new UsageException(option + " needs a value");
                }
                inline = args.get(i);
            }
            values.put(option, inline);
        }
        return of(values);
    }

    private static PerformanceArguments of(Map<String, String> values) {
        Task task = task(required(values, "--task"));
        String positive = values.getOrDefault("--positive", PerformanceSpec.DEFAULT_POSITIVE);
        Map<String, String> scores = scores(values, task, positive);
        String prediction = values.get("--prediction");
        if (prediction == null && (task != Task.BINARY || scores.isEmpty())) {
            throw new UsageException(
                    "--prediction is required" + (task == Task.BINARY ? " unless --score is given; " : "; ") + USAGE);
        }
        String format = values.getOrDefault("--format", "json");
        if (!Set.of("json", "text").contains(format)) {
            throw new UsageException("unknown format " + format + " (json or text)");
        }
        double threshold = values.containsKey("--threshold")
                ? CompareArguments.number(values.get("--threshold"))
                : PerformanceSpec.DEFAULT_THRESHOLD;
        return new PerformanceArguments(
                Path.of(required(values, "--data")),
                task,
                required(values, "--target"),
                prediction,
                scores,
                positive,
                threshold,
                format);
    }

    private static Task task(String name) {
        try {
            return Task.valueOf(name.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new UsageException("unknown task " + name + " (binary, multiclass or regression)");
        }
    }

    private static Map<String, String> scores(Map<String, String> values, Task task, String positive) {
        Map<String, String> scores = new LinkedHashMap<>();
        if (values.containsKey("--score") && values.containsKey("--scores")) {
            throw new UsageException("give --score or --scores, not both");
        }
        if (values.containsKey("--score")) {
            if (task != Task.BINARY) {
                throw new UsageException("--score is for a binary model; give --scores LABEL=COL,... for multiclass");
            }
            scores.put(positive, values.get("--score"));
        }
        if (values.containsKey("--scores")) {
            if (task != Task.MULTICLASS) {
                throw new UsageException("--scores is for a multiclass model; give --score COL for binary");
            }
            for (String pair : values.get("--scores").split(",")) {
                int eq = pair.lastIndexOf('=');
                if (eq <= 0 || eq == pair.length() - 1) {
                    throw new UsageException("--scores takes LABEL=COL pairs, not " + pair);
                }
                scores.put(pair.substring(0, eq).trim(), pair.substring(eq + 1).trim());
            }
        }
        if (task == Task.REGRESSION && !scores.isEmpty()) {
            throw new UsageException("a regression model has no score columns");
        }
        return scores;
    }

    private static String required(Map<String, String> values, String option) {
        String value = values.get(option);
        if (value == null) {
            throw new UsageException(option + " is required; " + USAGE);
        }
        return value;
    }
}
