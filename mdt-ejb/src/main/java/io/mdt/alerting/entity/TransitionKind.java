package io.mdt.alerting.entity;

/** What happened to an alert: each is one line of its history. */
public enum TransitionKind {
    FIRED,
    UPDATED,
    ACKNOWLEDGED,
    UNACKNOWLEDGED,
    RESOLVED,
    REOPENED
}
