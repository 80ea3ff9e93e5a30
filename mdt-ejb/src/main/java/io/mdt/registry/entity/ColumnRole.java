package io.mdt.registry.entity;

/**
 * What a column of a version's data is. Features, the prediction, its scores and segment
 * tags arrive with each prediction; the target arrives later as the actual; the id and the
 * timestamp identify and place each prediction.
 */
public enum ColumnRole {
    FEATURE,
    PREDICTION,
    PREDICTION_SCORE,
    TARGET,
    TIMESTAMP,
    ID,
    SEGMENT;

    /** Whether the column is stored with each prediction (the others are its id, time and actual). */
    public boolean isPredictionValue() {
        return this == FEATURE || this == PREDICTION || this == PREDICTION_SCORE || this == SEGMENT;
    }
}
