package io.mdt.monitoring.entity;

/** Where an evaluation run is; SKIPPED means the window had fewer rows than the monitor needs. */
public enum RunStatus {
    QUEUED,
    RUNNING,
    DONE,
    SKIPPED,
    FAILED
}
