package io.mdt.alerting.entity;

/** A notification waits to be sent (or sent again), was sent, or failed for good. */
public enum NotificationStatus {
    PENDING,
    SENT,
    FAILED
}
