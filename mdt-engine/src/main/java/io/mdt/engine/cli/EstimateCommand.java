package io.mdt.engine.cli;

import io.mdt.engine.data.CategoricalColumn;
import io.mdt.engine.data.Column;
import io.mdt.engine.data.NumericalColumn;
import io.mdt.engine.estimation.PerformanceEstimator;
import io.mdt.engine.performance.Estimate;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code estimate}: fits a performance estimator on the reference CSV and prints the estimates of
 * consecutive chunks of the analysis CSV's rows, {@code --chunk-size} rows each (the last takes the
 * rest and may be shorter). A regression model's features are the reference's other columns that the
 * analysis also has; a classifier's are not used. Invalid data is bad input (exit code 2).
 */
final class EstimateCommand {

    private EstimateCommand() {}

    static int run(List<String> arguments, PrintStream out) {
        EstimateArguments args = EstimateArguments.parse(arguments);
        Map<String, Column> reference = read(args.reference());
        Map<String, Column> analysis = read(args.analysis());
        harmonise(reference, analysis);
        List<String> features = features(args, reference, analysis);
        PerformanceEstimator estimator;
        try {
            estimator = PerformanceEstimator.fit(
                    args.spec(),
                    columns(reference, features, args.reference().getFileName().toString()),
                    column(reference, args.target(), args.reference()),
                    column(reference, args.prediction(), args.reference()),
                    scores(reference, args, args.reference().getFileName().toString()));
        } catch (IllegalArgumentException e) {
            throw new UsageException(args.reference().getFileName() + ": " + e.getMessage());
        }
        out.print(chunks(estimator, args, analysis, features));
        return Main.OK;
    }

    private static String chunks(
            PerformanceEstimator estimator,
            EstimateArguments args,
            Map<String, Column> analysis,
            List<String> features) {
        String file = args.analysis().getFileName().toString();
        List<Column> featureColumns = columns(analysis, features, file);
        Column prediction = column(analysis, args.prediction(), args.analysis());
        List<NumericalColumn> scores = scores(analysis, args, file);
        int rows = prediction.rows();
        List<String> chunks = new ArrayList<>();
        for (int start = 0; start < rows; start += args.chunkSize()) {
            int end = Math.min(rows, start + args.chunkSize());
            try {
                Map<String, Estimate> metrics = estimator.estimate(
                        slices(featureColumns, start, end),
                        slice(prediction, start, end),
                        slices(scores, start, end).stream()
                                .map(NumericalColumn.class::cast)
                                .toList());
                chunks.add(EstimateJson.chunk(start, end - 1, metrics));
            } catch (IllegalArgumentException e) {
                throw new UsageException(file + ", rows " + start + "-" + (end - 1) + ": " + e.getMessage());
            }
        }
        return EstimateJson.report(chunks);
    }

    private static Map<String, Column> read(java.nio.file.Path path) {
        Map<String, Column> columns = new LinkedHashMap<>();
        new CsvReader(path).read(Map.of(), bytes -> {}).forEach(c -> columns.put(c.name(), c.toColumn()));
        return columns;
    }

    /** A column numerical in one file and categorical in the other is categorical in both, as for {@code compare}. */
    private static void harmonise(Map<String, Column> reference, Map<String, Column> analysis) {
        for (var entry : reference.entrySet()) {
            Column other = analysis.get(entry.getKey());
            if (other != null && other.type() != entry.getValue().type()) {
                entry.setValue(categorical(entry.getValue()));
                analysis.put(other.name(), categorical(other));
            }
        }
    }

    private static Column categorical(Column column) {
        if (column instanceof CategoricalColumn) {
            return column;
        }
        String[] labels = io.mdt.engine.performance.ClassLabels.of(column);
        CategoricalColumn.Builder builder = CategoricalColumn.builder(column.name());
        Arrays.stream(labels).forEach(builder::add);
        return builder.build();
    }

    private static List<String> features(
            EstimateArguments args, Map<String, Column> reference, Map<String, Column> analysis) {
        if (args.task() != io.mdt.engine.performance.Task.REGRESSION) {
            return List.of();
        }
        return reference.keySet().stream()
                .filter(name -> !name.equals(args.target()) && !name.equals(args.prediction()))
                .filter(analysis::containsKey)
                .toList();
    }

    private static List<Column> columns(Map<String, Column> columns, List<String> names, String file) {
        return names.stream().map(n -> column(columns, n, file)).toList();
    }

    private static Column column(Map<String, Column> columns, String name, java.nio.file.Path path) {
        return column(columns, name, path.getFileName().toString());
    }

    private static Column column(Map<String, Column> columns, String name, String file) {
        Column column = columns.get(name);
        if (column == null) {
            throw new UsageException("unknown column " + name + " (not in " + file + ")");
        }
        return column;
    }

    private static List<NumericalColumn> scores(Map<String, Column> columns, EstimateArguments args, String file) {
        List<NumericalColumn> scores = new ArrayList<>();
        for (String name : args.scores().values()) {
            if (!(column(columns, name, file) instanceof NumericalColumn numbers)) {
                throw new UsageException("score column " + name + " of " + file + " is not numerical");
            }
            scores.add(numbers);
        }
        return scores;
    }

    private static List<Column> slices(List<? extends Column> columns, int start, int end) {
        return columns.stream().map(c -> slice(c, start, end)).toList();
    }

    private static Column slice(Column column, int start, int end) {
        if (column instanceof NumericalColumn numbers) {
            return new NumericalColumn(numbers.name(), Arrays.copyOfRange(numbers.values(), start, end));
        }
        CategoricalColumn categories = (CategoricalColumn) column;
        return new CategoricalColumn(
                categories.name(), Arrays.copyOfRange(categories.codes(), start, end), categories.dictionary());
    }
}
