package io.mdt.engine.baseline;

/** How a threshold rule turns a baseline into bounds. */
public enum ThresholdKind {
    /** Absolute bounds given by the user, whatever the reference. */
    FIXED,
    /** Fractions of the reference value allowed below and above it. */
    RELATIVE,
    /** The mean of the reference chunks plus or minus k of their standard deviations. */
    STANDARD_DEVIATION
}
