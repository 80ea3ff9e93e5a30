package io.mdt.engine.cli;

import io.mdt.engine.data.Column;
import io.mdt.engine.data.NumericalColumn;
import io.mdt.engine.performance.Performance;
import io.mdt.engine.performance.PerformanceReport;
import io.mdt.engine.performance.PerformanceSpec;
import io.mdt.engine.performance.Task;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code performance --data FILE.csv --task ... --target COL ...}: reads one CSV file and prints the
 * realized metrics. A problem in the data that the metrics refuse (a labelled row without a prediction,
 * a NaN score) is bad input, reported like any other with exit code 2.
 */
final class PerformanceCommand {

    private PerformanceCommand() {}

    static int run(List<String> arguments, PrintStream out, ProgressMeter progress) {
        PerformanceArguments args = PerformanceArguments.parse(arguments);
        Map<String, Column> columns = read(args, progress);
        PerformanceSpec spec = new PerformanceSpec(
                args.task(),
                args.positive(),
                args.threshold(),
                List.copyOf(args.scores().keySet()));
        List<NumericalColumn> scores = new ArrayList<>();
        args.scores().values().forEach(name -> scores.add(numerical(columns, name, "score")));
        Column target = column(columns, args.target());
        Column prediction = args.prediction() == null ? null : column(columns, args.prediction());
        if (args.task() == Task.REGRESSION) {
            numerical(columns, args.target(), "target");
            numerical(columns, args.prediction(), "prediction");
        }
        PerformanceReport report;
        try {
            report = Performance.evaluate(spec, target, prediction, scores);
        } catch (IllegalArgumentException e) {
            throw new UsageException(args.data() + ": " + e.getMessage());
        }
        progress.finish();
        out.print(args.format().equals("text") ? PerformanceText.of(report) : PerformanceJson.of(report));
        return Main.OK;
    }

    private static Map<String, Column> read(PerformanceArguments args, ProgressMeter progress) {
        double size = size(args.data());
        List<ColumnBuffer> buffers =
                new CsvReader(args.data()).read(Map.of(), bytes -> progress.show("reading", bytes / size));
        Map<String, Column> columns = new HashMap<>();
        buffers.forEach(b -> columns.put(b.name(), b.toColumn()));
        if (columns.values().iterator().next().rows() == 0) {
            throw new UsageException(args.data() + " has a header but no rows");
        }
        return columns;
    }

    private static double size(Path path) {
        try {
            return Math.max(1, Files.size(path));
        } catch (IOException e) {
            throw new UsageException("cannot read " + path + ": no such file");
        }
    }

    private static Column column(Map<String, Column> columns, String name) {
        Column column = columns.get(name);
        if (column == null) {
            throw new UsageException(
                    "unknown column " + name + " (columns: " + String.join(", ", columns.keySet()) + ")");
        }
        return column;
    }

    private static NumericalColumn numerical(Map<String, Column> columns, String name, String role) {
        if (column(columns, name) instanceof NumericalColumn numbers) {
            return numbers;
        }
        throw new UsageException(role + " column " + name + " holds text; it must be numeric");
    }
}
