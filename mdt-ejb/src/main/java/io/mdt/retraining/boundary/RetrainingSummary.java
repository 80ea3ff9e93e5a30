package io.mdt.retraining.boundary;

import io.mdt.monitoring.boundary.MetricComparison;
import io.mdt.retraining.entity.Retraining;
import io.mdt.retraining.entity.RetrainingOrigin;
import io.mdt.retraining.entity.RetrainingState;
import io.mdt.retraining.entity.RetrainingStep;
import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/**
 * A retraining as clients read it.
 *
 * @param baseVersion the champion, whose labelled predictions the challenger was trained on
 * @param challenger the label of the version it registers, once {@code registered}
 * @param step the step it runs (or failed) at
 * @param trainingRows the labelled predictions trained on, once read
 * @param holdoutRows the labelled predictions kept out to compare the versions on
 * @param comparison champion against challenger on the hold-out, once succeeded: each metric's
 *     value for both, the difference and its interval
 * @param mlflow what became of the challenger's registration in MLflow; null without MLflow
 */
public record RetrainingSummary(
        long id,
        String model,
        String baseVersion,
        String challenger,
        boolean registered,
        Instant from,
        Instant to,
        double holdoutShare,
        RetrainingOrigin origin,
        Long alertId,
        RetrainingState state,
        RetrainingStep step,
        Instant requested,
        String requestedBy,
        Instant started,
        Instant finished,
        Integer trainingRows,
        Integer holdoutRows,
        String failure,
        List<MetricComparison> comparison,
        String mlflow)
        implements Serializable {

    static RetrainingSummary of(Retraining retraining, String model, List<MetricComparison> comparison) {
        return new RetrainingSummary(
                retraining.getId(),
                model,
                retraining.getBaseLabel(),
                retraining.getChallengerLabel(),
                retraining.getChallengerVersionId() != null,
                retraining.getFrom(),
                retraining.getTo(),
                retraining.getHoldoutShare(),
                retraining.getOrigin(),
                retraining.getAlertId(),
                retraining.getState(),
                retraining.getStep(),
                retraining.getRequested(),
                retraining.getRequestedBy(),
                retraining.getStarted(),
                retraining.getFinished(),
                retraining.getTrainingRows(),
                retraining.getHoldoutRows(),
                retraining.getFailure(),
                comparison,
                retraining.getMlflow());
    }
}
