package io.mdt.alerting.entity;

/** Whether a silence mutes now, will start later, or is over; Alertmanager's three states. */
public enum SilenceStatus {
    PENDING,
    ACTIVE,
    EXPIRED
}
