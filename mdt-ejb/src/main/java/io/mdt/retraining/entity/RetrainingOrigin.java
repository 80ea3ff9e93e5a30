package io.mdt.retraining.entity;

/** Where a retraining was asked for. */
public enum RetrainingOrigin {
    API,
    DASHBOARD,
    /** An alert rule's action, when the alert fired. */
    ALERT
}
