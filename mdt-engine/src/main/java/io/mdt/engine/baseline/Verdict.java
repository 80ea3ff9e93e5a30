package io.mdt.engine.baseline;

/** Where a metric's value lies with respect to its bounds. */
public enum Verdict {
    WITHIN,
    BELOW,
    ABOVE,
    /** The metric has no value on the chunk (no actuals, a single class, ...): nothing to judge. */
    UNDEFINED
}
