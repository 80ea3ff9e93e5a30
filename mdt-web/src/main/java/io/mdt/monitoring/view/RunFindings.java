package io.mdt.monitoring.view;

import io.mdt.monitoring.boundary.ColumnOutcome;
import io.mdt.monitoring.boundary.RunDetail;
import io.mdt.monitoring.boundary.RunPerformance;
import java.io.Serializable;
import java.util.List;
import java.util.Locale;

/**
 * What the run the user selected found, read once on selection: each column's result and
 * the model's performance in the window, worded for the page.
 *
 * @param labelled how many of the window's predictions have an actual, as a sentence
 * @param note why some performance figures are missing, or null
 * @param classes the confusion matrix's class labels, the predicted classes of its header
 * @param matrix the confusion matrix, a row per actual class; empty without one
 */
public record RunFindings(
        List<ColumnOutcome> columns,
        String labelled,
        String note,
        List<MetricRow> metrics,
        List<String> classes,
        List<MatrixRow> matrix)
        implements Serializable {

    public RunFindings {
        columns = List.copyOf(columns);
        metrics = List.copyOf(metrics);
        classes = List.copyOf(classes);
        matrix = List.copyOf(matrix);
    }

    static RunFindings of(RunDetail run) {
        var performance = run.performance();
        var matrix = performance.confusionMatrix();
        return new RunFindings(
                run.columns(),
                labelled(performance),
                performance.note(),
                performance.metrics().stream().map(MetricRow::new).toList(),
                matrix == null ? List.of() : matrix.labels(),
                MatrixRow.of(matrix));
    }

    static String labelled(RunPerformance performance) {
        if (performance.labelledRows() == null) {
            return "Performance was not measured in this window.";
        }
        long rows = performance.labelledRows();
        var share = performance.labelledShare() == null
                ? ""
                : String.format(Locale.ROOT, " (%.1f%%)", 100 * performance.labelledShare());
        return rows + " of the window's predictions " + (rows == 1 ? "has" : "have") + " an actual" + share + ".";
    }
}
