package io.mdt.monitoring.entity;

/** How a monitor's schedule is written: a cron expression or a fixed interval. */
public enum ScheduleKind {
    /** Five fields, {@code minute hour day-of-month month day-of-week}, e.g. {@code 5 * * * *}. */
    CRON,
    /** An ISO-8601 duration, e.g. {@code PT1H}. */
    INTERVAL
}
