package io.mdt.engine.cli;

import io.mdt.engine.performance.ClassMetrics;
import io.mdt.engine.performance.ConfusionMatrix;
import io.mdt.engine.performance.PerformanceReport;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Writes a {@link PerformanceReport} as aligned plain-text tables for a terminal. */
final class PerformanceText {

    private PerformanceText() {}

    static String of(PerformanceReport report) {
        StringBuilder sb = new StringBuilder();
        sb.append(report.task().name().toLowerCase(Locale.ROOT))
                .append(", ")
                .append(report.rows())
                .append(" labelled rows\n\n");
        List<String[]> metrics = new ArrayList<>();
        metrics.add(new String[] {"metric", "value", "note"});
        for (Map.Entry<String, Double> e : report.metrics().entrySet()) {
            String reason = report.undefined().get(e.getKey());
            metrics.add(new String[] {e.getKey(), number(e.getValue()), reason == null ? "" : "undefined: " + reason});
        }
        table(sb, metrics);
        if (report.confusionMatrix() != null) {
            sb.append("\nconfusion matrix (rows actual, columns predicted)\n");
            table(sb, confusion(report.confusionMatrix()));
        }
        if (!report.perClass().isEmpty()) {
            List<String[]> classes = new ArrayList<>();
            classes.add(new String[] {"class", "precision", "recall", "f1"});
            report.perClass().forEach((label, m) -> classes.add(perClass(label, m)));
            sb.append('\n');
            table(sb, classes);
        }
        return sb.toString();
    }

    private static String[] perClass(String label, ClassMetrics m) {
        return new String[] {label, number(m.precision()), number(m.recall()), number(m.f1())};
    }

    private static List<String[]> confusion(ConfusionMatrix matrix) {
        List<String[]> rows = new ArrayList<>();
        List<String> labels = matrix.labels();
        String[] header = new String[labels.size() + 1];
        header[0] = "";
        for (int j = 0; j < labels.size(); j++) {
            header[j + 1] = labels.get(j);
        }
        rows.add(header);
        for (int i = 0; i < labels.size(); i++) {
            String[] row = new String[labels.size() + 1];
            row[0] = labels.get(i);
            for (int j = 0; j < labels.size(); j++) {
                row[j + 1] = Long.toString(matrix.count(i, j));
            }
            rows.add(row);
        }
        return rows;
    }

    private static String number(Double value) {
        return value == null ? "-" : String.format(Locale.ROOT, "%.6g", value);
    }

    private static void table(StringBuilder sb, List<String[]> rows) {
        int[] widths = new int[rows.get(0).length];
        rows.forEach(r -> {
            for (int i = 0; i < r.length; i++) {
                widths[i] = Math.max(widths[i], r[i].length());
            }
        });
        for (String[] r : rows) {
            StringBuilder line = new StringBuilder();
            for (int i = 0; i < r.length; i++) {
                line.append(String.format(Locale.ROOT, "%-" + widths[i] + "s", r[i]))
                        .append(i + 1 < r.length ? "  " : "");
            }
            sb.append(line.toString().stripTrailing()).append('\n');
        }
    }
}
