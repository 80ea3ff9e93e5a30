package io.mdt.alerting.entity;

/** Which value of a performance metric a rule judges: measured from actuals, estimated without, or either. */
public enum MetricSource {
    REALIZED,
    ESTIMATED,
    ANY
}
