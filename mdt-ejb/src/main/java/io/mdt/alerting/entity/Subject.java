package io.mdt.alerting.entity;

/** What one alert of a rule is about, besides its model: each column, each metric, each monitor, or the model. */
public enum Subject {
    COLUMN,
    METRIC,
    MONITOR,
    MODEL
}
