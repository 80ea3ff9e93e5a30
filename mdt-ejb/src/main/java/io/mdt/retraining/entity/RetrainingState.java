package io.mdt.retraining.entity;

/** Where a retraining is: waiting for a worker, running, or finished one way or the other. */
public enum RetrainingState {
    QUEUED,
    RUNNING,
    SUCCEEDED,
    FAILED;

    public boolean finished() {
        return this == SUCCEEDED || this == FAILED;
    }
}
