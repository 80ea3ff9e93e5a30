package io.mdt.monitoring.boundary;

import io.mdt.monitoring.control.MetricJudgement;
import io.mdt.monitoring.entity.EvaluationRun;
import java.io.Serializable;
import java.util.List;

/**
 * What a run measured of the model's performance.
 *
 * @param labelledRows predictions of the window that have an actual
 * @param labelledShare their share of the window's predictions
 * @param note why some figures are missing (no target, too few actuals, ...), or null
 * @param degraded whether a metric lies outside its bounds on the side where the model got worse
 * @param confusionMatrix the realized confusion matrix, or null
 */
public record RunPerformance(
        Long labelledRows,
        Double labelledShare,
        String note,
        Boolean degraded,
        ConfusionMatrixSummary confusionMatrix,
        List<MetricOutcome> metrics)
        implements Serializable {

    static RunPerformance of(EvaluationRun run) {
        var rows = run.getCurrentRows();
        var labelled = run.getLabelledRows();
        return new RunPerformance(
                labelled,
                labelled == null || rows == null || rows == 0 ? null : (double) labelled / rows,
                run.getPerformanceNote(),
                run.getDegraded(),
                ConfusionMatrixSummary.parse(run.getConfusionMatrix()),
                run.getMetrics().stream()
                        .map(m -> MetricOutcome.of(
                                m,
                                MetricJudgement.worse(m.getMetric(), m.getRealizedVerdict())
                                        || MetricJudgement.worse(m.getMetric(), m.getEstimatedVerdict())))
                        .toList());
    }
}
