package io.mdt.engine.cli;

import io.mdt.engine.performance.ClassMetrics;
import io.mdt.engine.performance.ConfusionMatrix;
import io.mdt.engine.performance.PerformanceReport;
import io.mdt.engine.performance.Task;
import java.util.Locale;
import java.util.Map;
import java.util.StringJoiner;
import java.util.function.Function;

/** Writes a {@link PerformanceReport} as JSON; an undefined metric is null, its reason under "undefined". */
final class PerformanceJson {

    private PerformanceJson() {}

    static String of(PerformanceReport report) {
        StringBuilder sb = new StringBuilder("{\"task\": ")
                .append(JsonReport.string(report.task().name().toLowerCase(Locale.ROOT)))
                .append(", \"rows\": ")
                .append(report.rows())
                .append(",\n \"metrics\": ")
                .append(object(report.metrics(), JsonReport::number))
                .append(",\n \"undefined\": ")
                .append(object(report.undefined(), JsonReport::string))
                .append(",\n \"confusion_matrix\": ")
                .append(matrix(report.confusionMatrix()));
        if (report.task() == Task.MULTICLASS) {
            sb.append(",\n \"per_class\": ").append(object(report.perClass(), PerformanceJson::classMetrics));
        }
        return sb.append("}\n").toString();
    }

    private static <T> String object(Map<String, T> map, Function<T, String> value) {
        StringJoiner joiner = new StringJoiner(", ", "{", "}");
        map.forEach((k, v) -> joiner.add(JsonReport.string(k) + ": " + value.apply(v)));
        return joiner.toString();
    }

    private static String classMetrics(ClassMetrics m) {
        return "{\"precision\": " + JsonReport.number(m.precision()) + ", \"recall\": " + JsonReport.number(m.recall())
                + ", \"f1\": " + JsonReport.number(m.f1()) + "}";
    }

    private static String matrix(ConfusionMatrix matrix) {
        if (matrix == null) {
            return "null";
        }
        StringJoiner labels = new StringJoiner(", ", "[", "]");
        matrix.labels().forEach(l -> labels.add(JsonReport.string(l)));
        StringJoiner rows = new StringJoiner(", ", "[", "]");
        for (long[] row : matrix.matrix()) {
            StringJoiner cells = new StringJoiner(", ", "[", "]");
            for (long cell : row) {
                cells.add(Long.toString(cell));
            }
            rows.add(cells.toString());
        }
        return "{\"labels\": " + labels + ", \"matrix\": " + rows + "}";
    }
}
