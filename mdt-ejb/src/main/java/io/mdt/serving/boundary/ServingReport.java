package io.mdt.serving.boundary;

import io.mdt.ingestion.boundary.RejectedRecord;
import java.util.List;

/**
 * What a request to a served model got: an answer for each record that was scored and logged as
 * the version's prediction, and each rejected record with its index and reason.
 */
public record ServingReport(int received, List<ServedPrediction> predictions, List<RejectedRecord> rejected) {

    public ServingReport {
        predictions = List.copyOf(predictions);
        rejected = List.copyOf(rejected);
    }

    /** Whether no record could be answered, the case REST answers with 400. */
    public boolean nothingAnswered() {
        return predictions.isEmpty();
    }
}
