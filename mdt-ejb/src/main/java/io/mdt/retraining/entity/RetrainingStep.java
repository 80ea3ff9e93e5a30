package io.mdt.retraining.entity;

/** The steps of a running retraining, in order. */
public enum RetrainingStep {
    /** Reading the labelled predictions of the range. */
    READING,
    /** Training the challenger on the rows outside the hold-out. */
    TRAINING,
    /**
     * Registering the challenger as a STAGING version with its artifact, and its answers to the
     * hold-out as its predictions: one transaction.
     */
    REGISTERING,
    /** Comparing the challenger's answers on the hold-out with the champion's. */
    EVALUATING
}
