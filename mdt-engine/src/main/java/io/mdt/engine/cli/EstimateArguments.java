package io.mdt.engine.cli;

import io.mdt.engine.performance.PerformanceSpec;
import io.mdt.engine.performance.Task;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The arguments of {@code estimate}, parsed but not yet checked against the data.
 *
 * @param reference reference CSV, with the target
 * @param analysis analysis CSV, without actuals (a target column there is ignored)
 * @param task binary, multiclass or regression
 * @param prediction the prediction column
 * @param scores score column by class label, in the order given: one for binary, one per class for multiclass
 * @param target the target column of the reference
 * @param chunkSize analysis rows per chunk
 * @param positive the positive class of a binary classifier
 * @param threshold a binary classifier's decision threshold
 */
record EstimateArguments(
        Path reference,
        Path analysis,
        Task task,
        String prediction,
        Map<String, String> scores,
        String target,
        int chunkSize,
        String positive,
        double threshold) {

    static final String USAGE = "usage: mdt-engine estimate --reference REF.csv --analysis CUR.csv"
            + " --task binary|multiclass|regression --prediction COL (--score COL | --scores LABEL=COL,...)"
            + " --target COL --chunk-size N [--format json] [--positive LABEL] [--threshold T]";

    private static final List<String> OPTIONS = List.of(
            "--reference",
            "--analysis",
            "--task",
            "--prediction",
            "--score",
            "--scores",
            "--target",
            "--chunk-size",
            "--format",
            "--positive",
            "--threshold");

    static EstimateArguments parse(List<String> args) {
        Map<String, String> values = values(args);
        if (!values.getOrDefault("--format", "json").equals("json")) {
            throw new UsageException("unknown format " + values.get("--format") + " (estimate writes json)");
        }
        Task task = task(required(values, "--task"));
        String positive = values.getOrDefault("--positive", PerformanceSpec.DEFAULT_POSITIVE);
        return new EstimateArguments(
                Path.of(required(values, "--reference")),
                Path.of(required(values, "--analysis")),
                task,
                required(values, "--prediction"),
                scores(task, values, positive),
                required(values, "--target"),
                chunkSize(required(values, "--chunk-size")),
                positive,
                values.containsKey("--threshold")
                        ? CompareArguments.number(values.get("--threshold"))
                        : PerformanceSpec.DEFAULT_THRESHOLD);
    }

    PerformanceSpec spec() {
        return new PerformanceSpec(task, positive, threshold, List.copyOf(scores.keySet()));
    }

    private static Map<String, String> values(List<String> args) {
        Map<String, String> values = new LinkedHashMap<>();
        for (int i = 0; i < args.size(); i++) {
            String option = args.get(i);
            String value;
            int eq = option.indexOf('=');
            if (option.startsWith("--") && eq > 0) {
                value = option.substring(eq + 1);
                option = option.substring(0, eq);
            } else if (i + 1 < args.size() && !args.get(i + 1).startsWith("--")) {
                value = args.get(++i);
            } else {
                value = null;
            }
            if (!OPTIONS.contains(option)) {
                throw new UsageException("unknown option " + option + "; " + USAGE);
            }
            if (value == null) {
                throw new UsageException(option + " needs a value");
            }
            values.put(option, value);
        }
        return values;
    }

    private static String required(Map<String, String> values, String option) {
        String value = values.get(option);
        if (value == null) {
            throw new UsageException(option + " is required; " + USAGE);
        }
        return value;
    }

    private static Task task(String name) {
        try {
            return Task.valueOf(name.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new UsageException("unknown task " + name + " (binary, multiclass or regression)");
        }
    }

    private static Map<String, String> scores(Task task, Map<String, String> values, String positive) {
        Map<String, String> scores = new LinkedHashMap<>();
        boolean single = values.containsKey("--score");
        boolean several = values.containsKey("--scores");
        switch (task) {
            case REGRESSION -> {
                if (single || several) {
                    throw new UsageException("a regression model has no scores; drop --score/--scores");
                }
            }
            case BINARY -> {
                if (!single || several) {
                    throw new UsageException("a binary classifier needs --score COL, the positive class's score");
                }
                scores.put(positive, values.get("--score"));
            }
            case MULTICLASS -> {
                if (!several || single) {
                    throw new UsageException(
                            "a multiclass classifier needs --scores LABEL=COL,... with one score per class");
                }
                for (String pair : values.get("--scores").split(",")) {
                    int eq = pair.lastIndexOf('=');
                    if (eq <= 0 || eq == pair.length() - 1) {
                        throw new UsageException("--scores takes LABEL=COL pairs, got " + pair);
                    }
                    scores.put(
                            pair.substring(0, eq).trim(), pair.substring(eq + 1).trim());
                }
            }
        }
        return scores;
    }

    private static int chunkSize(String text) {
        try {
            int size = Integer.parseInt(text.trim());
            if (size < 1) {
                throw new NumberFormatException();
            }
            return size;
        } catch (NumberFormatException e) {
            throw new UsageException("--chunk-size must be a positive whole number: " + text);
        }
    }
}
